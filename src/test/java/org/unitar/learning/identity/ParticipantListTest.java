package org.unitar.learning.identity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipantListTest {

    private static final Set<String> KNOWN = Set.of("SN-SAINT-LOUIS");

    @Test
    void aGoodListReadsEveryColumnWhateverTheHeaderSpelling() {
        ParticipantList list = read(List.of("E-mail", "First_Name", "LAST NAME", "Organization", "country", "Language"),
                List.of(" Fatou.Ndiaye@Example.SN ", "Fatou", "Ndiaye", "sn-saint-louis", "sn", "FR"));
        assertThat(list.importable()).isTrue();
        assertThat(list.participants()).singleElement().isEqualTo(new ParticipantList.Participant(2, "fatou.ndiaye@example.sn",
                "Fatou", "Ndiaye", "SN-SAINT-LOUIS", "SN", "fr", List.of()));
    }

    @Test
    void eachBadRowSaysWhatIsWrongAndTheListCannotBeImported() {
        ParticipantList list = read(List.of("email", "first name", "last name", "organisation", "country", "language"),
                List.of("not-an-email", "A", "B", "", "SN", ""),
                List.of("ok@example.org", "", "B", "", "SN", ""),
                List.of("ok@example.org", "C", "D", "", "XX", ""),
                List.of("x@example.org", "=HYPERLINK(\"http://evil\")", "D", "", "SN", ""),
                List.of("y@example.org", "E", "F", "NO-SUCH-CODE", "SN", "klingon"),
                List.of("z@example.org", "G", "H", "", "PH", ""));
        assertThat(list.importable()).isFalse();
        assertThat(list.participants()).extracting(ParticipantList.Participant::problems).containsExactly(
                List.of("participants.emailInvalid"),
                List.of("participants.nameRequired"),
                List.of("participants.emailRepeated", "participants.countryUnknown"),
                List.of("participants.formula"),
                List.of("participants.organisationUnknown", "participants.languageUnknown"),
                List.of());
        assertThat(list.participants().get(0).line()).isEqualTo(2);
    }

    @Test
    void wrongColumnsOrNoRowsRefuseTheWholeList() {
        assertThat(read(List.of("mail", "name", "country"), List.of("a@b.org", "A B", "SN")).columnsRefused())
                .contains("participants.columnsMissing");
        assertThat(read(List.of("email", "email", "first name", "last name", "country")).columnsRefused())
                .contains("participants.columnsRepeated");
        assertThat(read(List.of("email", "first name", "last name", "country")).columnsRefused()).contains("participants.empty");
        assertThat(ParticipantList.read(List.of(), KNOWN::contains).importable()).isFalse();
    }

    @SafeVarargs
    private static ParticipantList read(List<String>... rows) {
        return ParticipantList.read(List.of(rows), KNOWN::contains);
    }
}
