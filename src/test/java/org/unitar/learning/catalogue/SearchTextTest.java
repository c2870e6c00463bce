package org.unitar.learning.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void accentsCaseAndPunctuationDoNotMatter() {
        assertThat(SearchText.fold("Développement LOCAL: l'intégration!")).isEqualTo("developpement local l integration");
        assertThat(SearchText.fold("Migración y DESARROLLO")).isEqualTo("migracion y desarrollo");
    }

    @Test
    void arabicShortVowelsTatweelAndLetterFormsAreFolded() {
        assertThat(SearchText.fold("الهِجْرَة")).isEqualTo(SearchText.fold("الهجره"));
        assertThat(SearchText.fold("إدارة")).isEqualTo("اداره");
        assertThat(SearchText.fold("المـدن")).isEqualTo("المدن");
        assertThat(SearchText.fold("مستوى")).isEqualTo("مستوي");
    }

    @Test
    void chineseIsKeptAsItIsAndFoundAsAPartOfTheText() {
        String text = SearchText.fold("地方政府与移民治理");
        assertThat(SearchText.words("移民治理")).containsExactly("移民治理");
        assertThat(text).contains(SearchText.words("移民治理").get(0));
    }

    @Test
    void aQueryIsSplitIntoAtMostEightDistinctWords() {
        assertThat(SearchText.words("  ")).isEmpty();
        assertThat(SearchText.words("cities cities migration")).containsExactly("cities", "migration");
        assertThat(SearchText.words("a b c d e f g h i j")).hasSize(SearchText.MAX_WORDS);
    }

    @Test
    void likeWildcardsInAQueryAreTakenLiterally() {
        assertThat(SearchText.containing("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
    }
}
