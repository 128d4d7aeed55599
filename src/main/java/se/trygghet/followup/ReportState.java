package se.trygghet.followup;

/** Where a report or contribution is in its review. Approved reports are locked until a coordinator reopens them. */
public enum ReportState {

	DRAFT, SUBMITTED, RETURNED, APPROVED

}
