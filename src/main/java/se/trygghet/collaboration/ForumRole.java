package se.trygghet.collaboration;

/** A member's role in a forum. Trygghetsrådet has two chairs: Kommunstyrelsen's chair and the police area chief. */
enum ForumRole {

	ORDFORANDE, MEDORDFORANDE, LEDAMOT

}
