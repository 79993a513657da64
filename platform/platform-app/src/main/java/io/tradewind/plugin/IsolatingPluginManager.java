package io.tradewind.plugin;

import io.tradewind.api.ApiVersion;
import java.net.URL;
import java.nio.file.Path;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginLoader;
import org.pf4j.PluginManager;

/**
 * PF4J's manager with the SPI version as system version (so {@code Plugin-Requires} is checked)
 * and classloaders that hide the host's internals (see {@link HostileClassFilter}).
 */
class IsolatingPluginManager extends DefaultPluginManager {

    IsolatingPluginManager(Path root) {
        super(root);
        setSystemVersion(ApiVersion.CURRENT.toString());
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new CompoundPluginLoader().add(new JarPluginLoader(this) {
            @Override
            protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
                return new IsolatingClassLoader(pluginManager, descriptor, getClass().getClassLoader());
            }
        });
    }

    /** Plugin-first, then the host, minus what the host keeps to itself. */
    static final class IsolatingClassLoader extends PluginClassLoader {

        IsolatingClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
            super(manager, descriptor, parent);
        }

        @Override
        public Class<?> loadClass(String className) throws ClassNotFoundException {
            if (HostileClassFilter.hidden(className)) {
                synchronized (getClassLoadingLock(className)) {
                    Class<?> loaded = findLoadedClass(className);
                    if (loaded != null) {
                        return loaded;
                    }
                    try {
                        return findClass(className); // a plugin may ship its own io.tradewind.* classes
                    } catch (ClassNotFoundException e) {
                        throw new ClassNotFoundException(className + " is not visible to plugins");
                    }
                }
            }
            return super.loadClass(className);
        }

        @Override
        public URL getResource(String name) {
            if (HostileClassFilter.hiddenResource(name)) {
                return findResource(name);
            }
            return super.getResource(name);
        }
    }
}
