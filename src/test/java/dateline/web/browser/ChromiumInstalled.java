package dateline.web.browser;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test class, saying why, when Debian's chromium or chromedriver is not installed, so a
 * fresh clone's build passes without them (.ci/run installs them, so CI always runs these tests).
 */
final class ChromiumInstalled implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean installed = Files.isExecutable(Chromium.BINARY) && Files.isExecutable(Chromium.DRIVER);
        return installed ? ConditionEvaluationResult.enabled("chromium and chromedriver are installed")
                : ConditionEvaluationResult.disabled("skipped: real-browser tests need " + Chromium.BINARY + " and "
                        + Chromium.DRIVER + " (Debian packages chromium and chromium-driver)");
    }
}
