package se.trygghet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditedEntryTests {

	record ThingRenamed(String thing, String name) implements AuditedEntry {

		@Override
		public Entry auditEntry() {
			return new Entry("test.thing.renamed", "Thing", thing, "Bytte namn till " + name, Map.of("name", name));
		}

	}

	@Test
	void answersTheAuditLogFromItsEntry() {
		Audited event = new ThingRenamed("t-1", "Torget");

		assertThat(event.auditAction()).isEqualTo("test.thing.renamed");
		assertThat(event.auditSubjectType()).isEqualTo("Thing");
		assertThat(event.auditSubjectId()).isEqualTo("t-1");
		assertThat(event.auditSummary()).isEqualTo("Bytte namn till Torget");
		assertThat(event.auditDetails()).containsExactly(Map.entry("name", "Torget"));
	}

	@Test
	void refusesAnEntryWithoutActionOrSubjectType() {
		assertThatThrownBy(() -> new AuditedEntry.Entry(" ", "Thing", "1", "x", Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AuditedEntry.Entry("a.b", "", "1", "x", Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
