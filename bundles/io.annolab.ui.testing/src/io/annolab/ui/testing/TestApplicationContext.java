package io.annolab.ui.testing;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;

/**
 * The smallest {@link IApplicationContext} E4Application accepts: program arguments plus the
 * product's branding properties (applicationXMI, cssTheme, persistState, ...).
 */
public class TestApplicationContext implements IApplicationContext {

    private final Map<String, Object> arguments = new HashMap<>();
    private final Map<String, String> branding;

    public TestApplicationContext(String[] programArguments, Map<String, String> branding) {
        arguments.put(APPLICATION_ARGS, programArguments.clone());
        this.branding = Map.copyOf(branding);
    }

    @Override
    public Map getArguments() {
        return arguments;
    }

    @Override
    public void applicationRunning() {
        // nothing to hide: tests have no splash screen
    }

    @Override
    public String getBrandingApplication() {
        return "org.eclipse.e4.ui.workbench.swt.E4Application";
    }

    @Override
    public String getBrandingName() {
        return branding.getOrDefault("appName", "test");
    }

    @Override
    public String getBrandingDescription() {
        return null;
    }

    @Override
    public String getBrandingId() {
        return null;
    }

    @Override
    public String getBrandingProperty(String key) {
        return branding.get(key);
    }

    @Override
    public Bundle getBrandingBundle() {
        return null;
    }

    @Override
    public void setResult(Object result, IApplication application) {
        // only asynchronous applications report results this way
    }
}
