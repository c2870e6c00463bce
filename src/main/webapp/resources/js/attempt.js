/*
 * The attempt page's script (learn/attempt.xhtml). Saves each answer to the server as it is given, with a
 * sequence number per question so that a retried older save never overwrites a newer answer; a save that fails
 * shows a warning and is retried until it gets through (or a newer answer replaces it). Counts down the time left
 * as the server gave it; at zero, opens the result (the server has submitted the attempt). Without this script
 * the page still works: each of its buttons saves the page's answers.
 */
(function () {
    'use strict';
    var root = document.getElementById('attemptQuestions');
    var warning = document.getElementById('saveWarning');
    var timer = document.getElementById('timer');
    var pending = {};

    function format(seconds) {
        var h = Math.floor(seconds / 3600);
        var m = Math.floor(seconds % 3600 / 60);
        var s = seconds % 60;
        var mm = h > 0 && m < 10 ? '0' + m : String(m);
        return (h > 0 ? h + ':' : '') + mm + ':' + (s < 10 ? '0' + s : s);
    }

    if (timer) {
        var ends = Date.now() + Number(timer.getAttribute('data-seconds-left')) * 1000;
        var tick = function () {
            var left = Math.max(0, Math.round((ends - Date.now()) / 1000));
            timer.textContent = format(left);
            if (left === 0) {
                window.location.href = root ? root.getAttribute('data-closed-url') : window.location.href;
                return;
            }
            window.setTimeout(tick, 1000);
        };
        tick();
    }
    if (!root || !window.fetch) {
        return;
    }

    function values(fieldset) {
        var found = [];
        fieldset.querySelectorAll('input, textarea, select').forEach(function (input) {
            if ((input.type === 'radio' || input.type === 'checkbox') && !input.checked) {
                return;
            }
            found.push(input.value);
        });
        return found;
    }

    function status(fieldset, text) {
        fieldset.querySelector('.question__status').textContent = text;
    }

    function send(fieldset, position, sequence, answer, delay) {
        var body = new URLSearchParams();
        body.append('attempt', root.getAttribute('data-attempt'));
        body.append('position', position);
        body.append('sequence', sequence);
        answer.forEach(function (v) { body.append('value', v); });
        status(fieldset, root.getAttribute('data-saving'));
        fetch(root.getAttribute('data-save-url'), {
            method: 'POST', body: body, credentials: 'same-origin',
            headers: { 'X-Answer-Token': root.getAttribute('data-token') }
        }).then(function (response) {
            if (pending[position] !== sequence) {
                return;
            }
            if (response.status === 409) {
                window.location.href = root.getAttribute('data-closed-url');
            } else if (response.ok) {
                delete pending[position];
                status(fieldset, root.getAttribute('data-saved'));
                if (Object.keys(pending).length === 0) {
                    warning.hidden = true;
                }
            } else if (response.status === 400) {
                delete pending[position];
                status(fieldset, root.getAttribute('data-refused'));
            } else {
                throw new Error('status ' + response.status);
            }
        }).catch(function () {
            if (pending[position] !== sequence) {
                return;
            }
            warning.hidden = false;
            status(fieldset, root.getAttribute('data-retrying'));
            var next = Math.min(delay * 2, 30000);
            window.setTimeout(function () {
                if (pending[position] === sequence) {
                    send(fieldset, position, sequence, answer, next);
                }
            }, delay);
        });
    }

    function save(fieldset) {
        var position = fieldset.getAttribute('data-position');
        var sequence = Number(fieldset.getAttribute('data-sequence')) + 1;
        fieldset.setAttribute('data-sequence', sequence);
        pending[position] = sequence;
        send(fieldset, position, sequence, values(fieldset), 1000);
    }

    root.querySelectorAll('fieldset.question').forEach(function (fieldset) {
        var typing = null;
        fieldset.addEventListener('change', function () {
            window.clearTimeout(typing);
            save(fieldset);
        });
        fieldset.addEventListener('input', function (event) {
            if (event.target.tagName === 'TEXTAREA' || event.target.type === 'text') {
                window.clearTimeout(typing);
                typing = window.setTimeout(function () { save(fieldset); }, 800);
            }
        });
    });

    window.addEventListener('beforeunload', function (event) {
        if (Object.keys(pending).length > 0) {
            event.preventDefault();
            event.returnValue = '';
        }
    });
    // the page's own buttons post every answer: leaving through them loses nothing
    document.querySelectorAll('#attemptForm input[type=submit]').forEach(function (button) {
        button.addEventListener('click', function () { pending = {}; });
    });
}());
