package se.trygghet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Flows around the main ones: a locked account, publishing a round, reopening a report, exporting a round. */
class RoundLifecycleAndAccountsTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminUnlocksAnAccountAndSetsANewPasswordThatThenWorks() {
		signIn("admin");
		open("/admin/users/new");
		find("#username").sendKeys("glomsk-lasare");
		find("#displayName").sendKeys("Glömsk Läsare");
		find("#password").sendKeys("ett-tillrackligt-langt-losenord");
		find("#role-VIEWER").click();
		submit("form.form");
		String userUrl = driver.getCurrentUrl();

		driver.manage().deleteAllCookies();
		for (int attempt = 0; attempt < 5; attempt++) {
			open("/login");
			find("#username").sendKeys("glomsk-lasare");
			find("#password").sendKeys("fel-losenord-" + attempt);
			submit("form.form");
		}

		signIn("admin");
		open("/admin/users");
		assertThat(text("main table")).contains("glomsk-lasare").contains("Låst");
		driver.get(userUrl);
		assertAccessible();
		submit("form[action$='/unlock']");
		assertThat(text("[role=status]")).contains("upplåst");
		find("#new-password").sendKeys("ett-nytt-langt-losenord");
		submit("form[action$='/password']");
		assertThat(text("[role=status]")).isNotBlank();
		find("#displayName").clear();
		find("#displayName").sendKeys("Inte längre glömsk");
		submit("form.form");
		assertThat(text("[role=status]")).contains("sparad");
		assertAccessible();

		signIn("glomsk-lasare", "ett-nytt-langt-losenord");
		assertThat(text("header")).contains("Inte längre glömsk");
	}

	@Test
	void aCoordinatorPublishesAClosedRoundWhichThenIsOpenData() throws Exception {
		signIn("samordnare");
		open("/rounds");
		new Select(find("#plan")).selectByValue(
				jdbc.sql("select id::text from action_plan where plan_key = 'vasteras-2021-2023'").query(String.class).single());
		find("#period").clear();
		find("#period").sendKeys("2033");
		find("#title").clear();
		find("#title").sendKeys("Uppföljning 2033 (publiceras)");
		submit("form.form");
		submit("form[action$='/open']");
		confirmAndWait("form[action$='/close'] button", "Stängd");
		confirmAndWait("form[action$='/publish'] button", "Publicerad");
		assertAccessible();

		HttpResponse<String> api = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rounds")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(200);
		// the demo's open round stays internal; its published year before is open data, marked as demo data
		assertThat(api.body()).contains("Uppföljning 2033 (publiceras)").doesNotContain("Uppföljning 2023 (demodata)");
	}

	@Test
	void aCoordinatorReopensAnApprovedReportWithAReasonAndExportsTheRound() throws Exception {
		signIn("samordnare");
		String report = jdbc.sql("""
				select rep.id::text from report rep join reporting_round r on r.id = rep.round_id
				 where r.demo and r.state = 'OPEN' and rep.state = 'APPROVED' order by rep.activity_number desc limit 1
				""").query(String.class).single();
		open("/reports/" + report);
		assertThat(text("#report-state")).isEqualTo("Godkänd");
		find("#reason").sendKeys("Siffran i texten var fel; nämnden rättar.");
		submit("#reopen-form");
		assertThat(text("[role=status]")).contains("öppnad igen");
		assertThat(text("#report-state")).isNotEqualTo("Godkänd");
		assertThat(text(".history")).contains("Siffran i texten var fel");
		assertAccessible();

		follow(find(".breadcrumb a"));
		String xlsxUrl = find("a[href*='format=xlsx']").getAttribute("href");
		String csvUrl = find("a[href*='format=csv']").getAttribute("href");
		byte[] xlsx = download(xlsxUrl);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Aktivitet");
			// a header row, then every report and contribution of the round
			assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(1 + 37 + 76);
		}
		String csv = new String(download(csvUrl), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF").contains(";").contains("[Demodata]");
	}

	private void confirmAndWait(String buttonCss, String state) {
		find(buttonCss).click();
		new WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
		waitFor(d -> d.findElement(By.id("round-state")).getText().equals(state));
	}

	private byte[] download(String url) throws Exception {
		String session = driver.manage().getCookieNamed("SESSION").getValue();
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "SESSION=" + session).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).as(url).isEqualTo(200);
		return response.body();
	}

}
