/*
 * Drag and drop on the course outline (author/course/outline.xhtml): drop a lesson among the lessons of any
 * module, or a module among the modules. It fills the hidden "drop" form and submits it; the server applies the
 * same move the page's Up/Down buttons make, which stay the keyboard way to do it.
 */
(function () {
    'use strict';
    var outline = document.querySelector('[data-outline]');
    var form = document.getElementById('drop');
    if (!outline || !form) {
        return;
    }
    var dragged = null;

    function field(name) {
        return document.getElementById('drop:' + name);
    }

    function indexAmong(items, target, event) {
        var index = items.indexOf(target);
        var box = target.getBoundingClientRect();
        return event.clientY > box.top + box.height / 2 ? index + 1 : index;
    }

    function submit(lesson, module, target, index) {
        field('lesson').value = lesson;
        field('module').value = module;
        field('target').value = target;
        field('index').value = index;
        form.querySelector('.js-drop__submit').click();
    }

    outline.addEventListener('dragstart', function (event) {
        dragged = event.target.closest('[draggable="true"]');
        if (dragged) {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', dragged.id);
            dragged.classList.add('is-dragged');
            event.stopPropagation();
        }
    });

    outline.addEventListener('dragend', function () {
        if (dragged) {
            dragged.classList.remove('is-dragged');
        }
        dragged = null;
    });

    outline.addEventListener('dragover', function (event) {
        if (!dragged) {
            return;
        }
        var ok = dragged.dataset.lesson
            ? event.target.closest('.outline__lessons, .outline__lesson')
            : event.target.closest('.outline__module');
        if (ok) {
            event.preventDefault();
        }
    });

    outline.addEventListener('drop', function (event) {
        if (!dragged) {
            return;
        }
        event.preventDefault();
        if (dragged.dataset.lesson) {
            var lesson = event.target.closest('.outline__lesson');
            var list = lesson ? lesson.parentElement : event.target.closest('.outline__lessons');
            if (!list) {
                return;
            }
            var lessons = Array.prototype.filter.call(list.children, function (li) { return li !== dragged; });
            var index = lesson && lesson !== dragged ? indexAmong(lessons, lesson, event) : lessons.length;
            submit(dragged.dataset.lesson, 0, list.dataset.module, index);
        } else {
            var module = event.target.closest('.outline__module');
            if (!module || module === dragged) {
                return;
            }
            var modules = Array.prototype.filter.call(outline.children, function (li) { return li !== dragged; });
            submit(0, dragged.dataset.module, 0, indexAmong(modules, module, event));
        }
    });
}());
