package org.unitar.learning.shared.archive;

import org.junit.jupiter.api.Test;
import org.unitar.learning.shared.archive.ArchiveRefused.Reason;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SafeXmlTest {

    /** A line that is in /etc/passwd on any Linux machine, and that must never come out of a parse. */
    private static final String PASSWD_LINE = "root:x:0:0";

    @Test
    void aNamespacedDocumentIsParsed() throws Exception {
        Document document = SafeXml.parse(xml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" identifier="course-1">
                    <resource adlcp:scormType="sco" href="files/présentation-عربي.html"/>
                </manifest>
                """));
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.imsglobal.org/xsd/imscp_v1p1");
        assertThat(root.getLocalName()).isEqualTo("manifest");
        Element resource = (Element) root.getElementsByTagNameNS("http://www.imsglobal.org/xsd/imscp_v1p1", "resource").item(0);
        assertThat(resource.getAttributeNS("http://www.adlnet.org/xsd/adlcp_v1p3", "scormType")).isEqualTo("sco");
        assertThat(resource.getAttribute("href")).isEqualTo("files/présentation-عربي.html");
    }

    @Test
    void anExternalEntityIsRefusedAndNothingOfTheFileComesOut() throws IOException {
        assertThat(Files.readString(Path.of("/etc/passwd"))).contains(PASSWD_LINE); // the test means something
        ArchiveRefused refused = refusal("""
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
                <x>&e;</x>
                """);
        assertThat(refused.reason()).isEqualTo(Reason.BAD_XML);
        assertThat(refused).hasMessageNotContaining(PASSWD_LINE);
        assertThat(refused.getCause()).hasMessageContaining("DOCTYPE").hasMessageNotContaining(PASSWD_LINE);
    }

    @Test
    void anExternalParameterEntityIsRefused() {
        ArchiveRefused refused = refusal("""
                <!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>
                <x/>
                """);
        assertThat(refused.reason()).isEqualTo(Reason.BAD_XML);
        assertThat(refused.getCause()).hasMessageNotContaining(PASSWD_LINE);
    }

    @Test
    void anExternalDtdIsRefused() {
        assertThat(refusal("""
                <!DOCTYPE x SYSTEM "http://127.0.0.1:9/evil.dtd">
                <x/>
                """).reason()).isEqualTo(Reason.BAD_XML);
    }

    @Test
    void billionLaughsAreRefused() {
        ArchiveRefused refused = refusal("""
                <?xml version="1.0"?>
                <!DOCTYPE lolz [
                 <!ENTITY lol "lol">
                 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
                 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
                ]>
                <lolz>&lol9;</lolz>
                """);
        assertThat(refused.reason()).isEqualTo(Reason.BAD_XML);
    }

    @Test
    void xIncludeIsNotFollowed() throws Exception {
        Document document = SafeXml.parse(xml("""
                <x xmlns:xi="http://www.w3.org/2001/XInclude">
                    <xi:include href="file:///etc/passwd" parse="text"/>
                </x>
                """));
        assertThat(document.getDocumentElement().getTextContent()).doesNotContain(PASSWD_LINE);
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2001/XInclude", "include").getLength())
                .isEqualTo(1);
    }

    @Test
    void aDocumentThatIsNotWellFormedIsRefusedWithItsEntryName() {
        ArchiveRefused refused = catchThrowableOfType(ArchiveRefused.class,
                () -> SafeXml.parse(xml("<x><y></x>"), "imsmanifest.xml"));
        assertThat(refused.reason()).isEqualTo(Reason.BAD_XML);
        assertThat(refused.entry()).isEqualTo("imsmanifest.xml");
        assertThat(refused.reason().messageKey()).isEqualTo("archive.refused.bad-xml");
    }

    @Test
    void anEmptyDocumentIsRefused() {
        assertThat(refusal("").reason()).isEqualTo(Reason.BAD_XML);
    }

    @Test
    void eachBuilderIsHardened() {
        var builder = SafeXml.newDocumentBuilder();
        assertThat(builder.isNamespaceAware()).isTrue();
        assertThat(builder.isXIncludeAware()).isFalse();
        assertThat(builder.isValidating()).isFalse();
        ArchiveRefused refused = catchThrowableOfType(ArchiveRefused.class, () -> {
            try {
                builder.parse(xml("<!DOCTYPE x [<!ENTITY e \"e\">]><x>&e;</x>"));
            } catch (org.xml.sax.SAXException e) {
                throw new ArchiveRefused(Reason.BAD_XML, null, e);
            }
        });
        assertThat(refused.getCause()).hasMessageContaining("DOCTYPE");
    }

    private static InputStream xml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ArchiveRefused refusal(String text) {
        ArchiveRefused refused = catchThrowableOfType(ArchiveRefused.class, () -> SafeXml.parse(xml(text)));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
