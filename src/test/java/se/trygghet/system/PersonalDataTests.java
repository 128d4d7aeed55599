package se.trygghet.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTests {

	@ParameterizedTest
	@ValueSource(strings = { "Personen 19850710-1234 stod vid entrén", "pnr 850710-1234", "850710+1234 sågs",
			"198507101234", "8507101234", "samordningsnummer 850770-1234", "20051231 1234 i trapphuset" })
	void findsPersonalIdentityNumbersWithOrWithoutCenturyAndSeparator(String text) {
		assertThat(PersonalData.findIn(text)).contains(PersonalData.Kind.PERSONAL_IDENTITY_NUMBER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ring 070-123 45 67", "mobil 0701234567", "+46 70 123 45 67", "0046701234567",
			"021-39 00 00 vid frågor" })
	void findsPhoneNumbers(String text) {
		assertThat(PersonalData.findIn(text)).contains(PersonalData.Kind.PHONE_NUMBER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Klotter på 3 väggar vid Bäckby centrum", "Brand i container kl 23.40",
			"Ärende 2023-11-05, 14 personer i gruppen", "Belysningen trasig sedan vecka 46 år 2026",
			"Fordon med 250 hk", "Diarienummer KS 2024/00117", "1234567890" })
	void letsOrdinaryDescriptionsThrough(String text) {
		assertThat(PersonalData.findIn(text)).isEmpty();
	}

}
