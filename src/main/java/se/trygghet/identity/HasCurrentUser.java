package se.trygghet.identity;

/** Implemented by our principals, local and OpenID Connect alike. */
interface HasCurrentUser {

	CurrentUser currentUser();

}
