package dateline.web.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a test class, saying why, when tools/node_modules lacks the checkers (see {@link NpmTools}). */
final class NpmToolsInstalled implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Path missing = NpmTools.missing();
        return missing == null ? ConditionEvaluationResult.enabled("tools/node_modules is installed")
                : ConditionEvaluationResult.disabled("skipped: " + missing + " is absent (run: npm ci --prefix tools)");
    }
}
