/**
 * Documents the platform hands out: accessible PDFs rendered from the same Thymeleaf templates as the pages, with the
 * fonts embedded, and editable Word files built with Apache POI.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.document;
