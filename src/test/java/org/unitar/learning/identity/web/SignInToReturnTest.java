package org.unitar.learning.identity.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInToReturnTest {

    @Test
    void signingInReturnsOnlyToAPageOfThisPlatform() {
        assertThat(SignInToReturn.isLocalPage("/catalogue/course.xhtml?id=1")).isTrue();
        assertThat(SignInToReturn.isLocalPage("//evil.example.org/")).isFalse();
        assertThat(SignInToReturn.isLocalPage("https://evil.example.org/")).isFalse();
        assertThat(SignInToReturn.isLocalPage("/\\evil.example.org")).isFalse();
        assertThat(SignInToReturn.isLocalPage("/../admin")).isFalse();
        assertThat(SignInToReturn.isLocalPage("/learn/%0d%0aSet-Cookie:x")).isFalse();
        assertThat(SignInToReturn.isLocalPage(null)).isFalse();
    }
}
