package io.annolab.ui.testing;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * A product's properties as its plugin.xml declares them, so a workbench started by a test
 * uses exactly the product's application model, theme and persistence settings.
 */
public final class ProductBranding {

    private ProductBranding() {
    }

    /** Properties of product {@code productId} ("bundle.id" + "." + extension id), plus appName. */
    public static Map<String, String> of(String productId) {
        IExtension extension = RegistryFactory.getRegistry().getExtension("org.eclipse.core.runtime.products", productId);
        if (extension == null) {
            throw new AssertionError("no product " + productId + " in the extension registry");
        }
        Map<String, String> properties = new HashMap<>();
        for (IConfigurationElement product : extension.getConfigurationElements()) {
            properties.put("appName", product.getAttribute("name"));
            for (IConfigurationElement property : product.getChildren("property")) {
                properties.put(property.getAttribute("name"), property.getAttribute("value"));
            }
        }
        return properties;
    }
}
