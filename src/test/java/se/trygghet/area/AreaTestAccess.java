package se.trygghet.area;

import java.io.IOException;
import org.springframework.stereotype.Component;

/** Lets tests outside this package put the demo address register back after replacing it. */
@Component
public class AreaTestAccess {

	private final AreaBootstrap bootstrap;

	AreaTestAccess(AreaBootstrap bootstrap) {
		this.bootstrap = bootstrap;
	}

	public void loadDemoAddresses() throws IOException {
		bootstrap.loadDemoAddresses();
	}

}
