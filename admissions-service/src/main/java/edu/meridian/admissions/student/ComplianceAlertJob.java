package edu.meridian.admissions.student;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Sends the compliance alerts students' clocks have reached, every {@code admissions.compliance.every}. */
@ApplicationScoped
public class ComplianceAlertJob {

    private static final Logger LOG = Logger.getLogger(ComplianceAlertJob.class);

    private final StudentCompliance compliance;

    ComplianceAlertJob(StudentCompliance compliance) {
        this.compliance = compliance;
    }

    @Scheduled(every = "{admissions.compliance.every}", identity = "compliance-alerts",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        StudentCompliance.Result result = compliance.sendAlerts();
        LOG.infof("Compliance alerts: %d students checked, %d alerts sent, %d failed", result.checked(),
                result.sent(), result.failed());
    }
}
