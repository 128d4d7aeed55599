/**
 * The platform's search: one field in every signed-in page's header and a results page ({@code /search}) and API
 * ({@code /api/v1/search}). It asks every module's {@link se.trygghet.identity.SearchSource} — each finds its own
 * kinds in its own tables, only what the user may read — and groups the hits by kind with their counts. It reads no
 * module's tables and nothing depends on it.
 */
@org.jspecify.annotations.NullMarked
package se.trygghet.search;
