package org.unitar.learning.shared.archive;

import org.unitar.learning.shared.archive.ArchiveRefused.Reason;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;

/**
 * XML from uploads, parsed by the JDK's own parser with no DOCTYPE at all: no entities, external or internal (so
 * neither XXE nor "billion laughs"), no external DTD or schema, no XInclude. A document with a DOCTYPE is refused
 * outright, which costs nothing for the manifests and packages the platform reads.
 */
public final class SafeXml {

    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // not a reason to refuse a document
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SafeXml() {
    }

    /**
     * A new namespace-aware builder (builders are not thread-safe: one per use). It fails on a DOCTYPE, resolves no
     * entity and reports errors by throwing instead of printing them.
     */
    public static DocumentBuilder newDocumentBuilder() {
        // The JDK's implementation, not whatever parser the class path offers: these settings are known to hold there
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setValidating(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            builder.setErrorHandler(FAIL_ON_ERROR);
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            // never parse with a parser that could not be hardened
            throw new IllegalStateException("The XML parser cannot be configured safely", e);
        }
    }

    /** {@link #parse(InputStream, String)} for a document that has no entry name. */
    public static Document parse(InputStream xml) throws ArchiveRefused, IOException {
        return parse(xml, null);
    }

    /**
     * Parses a whole document.
     *
     * @param entry the document's name in its archive, for the refusal; may be {@code null}
     * @throws ArchiveRefused BAD_XML when it is not well-formed or has a DOCTYPE
     */
    public static Document parse(InputStream xml, String entry) throws ArchiveRefused, IOException {
        try {
            return newDocumentBuilder().parse(xml);
        } catch (SAXException e) {
            throw new ArchiveRefused(Reason.BAD_XML, entry, e);
        }
    }
}
