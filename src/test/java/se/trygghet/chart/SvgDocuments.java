package se.trygghet.chart;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Reads rendered SVG back as XML, which also proves it is well-formed. */
final class SvgDocuments {

	private SvgDocuments() {
	}

	static Element parse(String svg) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
			return document.getDocumentElement();
		}
		catch (Exception ex) {
			throw new AssertionError("Not well-formed SVG: " + ex.getMessage(), ex);
		}
	}

	static List<Element> elements(Element root, String name) {
		NodeList nodes = root.getElementsByTagNameNS("*", name);
		List<Element> result = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			result.add((Element) nodes.item(i));
		}
		return result;
	}

	static List<String> texts(Element root) {
		return elements(root, "text").stream().map(Element::getTextContent).toList();
	}

}
