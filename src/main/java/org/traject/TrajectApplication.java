package org.traject;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class TrajectApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(TrajectApplication.class);
		application.addListeners(new DatabaseReachabilityCheck());
		application.run(args);
	}

}
