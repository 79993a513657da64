package io.tradewind.identity.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Runs keycloak-admin-client in a class loader of its own (ADR 0255). The client and its RESTEasy,
 * Jackson and Jakarta REST API travel in the WAR as resources under {@code keycloak-admin-client/}
 * (not in WEB-INF/lib, where Liberty's RESTEasy would register their providers for Tradewind's own API),
 * are copied to a temporary folder and loaded parent-last, together with
 * {@code io.tradewind.identity.keycloak.client}, which is compiled against them. The application sees
 * only {@link KeycloakAdminApi}, whose calls run with that loader as the thread's context class loader
 * (Jakarta REST finds its implementation through it).
 */
final class AdminClientLoader {

    static final String RESOURCES = "keycloak-admin-client/";
    private static final String IMPLEMENTATION = "io.tradewind.identity.keycloak.client.AdminClient";

    private AdminClientLoader() {
    }

    /** A client signed in as {@code clientId}'s service account; closing it closes its class loader too. */
    static KeycloakAdminApi load(String serverUrl, String realm, String clientId, String clientSecret) {
        ClassLoader application = KeycloakAdminApi.class.getClassLoader();
        IsolatingClassLoader loader = new IsolatingClassLoader(copyJars(application), application,
                IMPLEMENTATION.substring(0, IMPLEMENTATION.lastIndexOf('.') + 1));
        KeycloakAdminApi client = withContextLoader(loader, () -> (KeycloakAdminApi) loader.loadClass(IMPLEMENTATION)
                .getConstructor(String.class, String.class, String.class, String.class)
                .newInstance(serverUrl, realm, clientId, clientSecret));
        return (KeycloakAdminApi) Proxy.newProxyInstance(application, new Class<?>[] {KeycloakAdminApi.class},
                (proxy, method, args) -> withContextLoader(loader, () -> {
                    try {
                        return method.invoke(client, args);
                    } finally {
                        if (method.getName().equals("close")) {
                            loader.close();
                        }
                    }
                }));
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T withContextLoader(ClassLoader loader, Call<T> call) throws KeycloakException {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return call.run();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new KeycloakException("keycloak-admin-client failed", e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new KeycloakException("Cannot load keycloak-admin-client from " + RESOURCES, e);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    /** The jars named in the build's index, copied out of the (possibly packed) WAR. */
    private static URL[] copyJars(ClassLoader application) {
        try (InputStream index = application.getResourceAsStream(RESOURCES + "jars.txt")) {
            if (index == null) {
                throw new IllegalStateException("The application has no " + RESOURCES + "jars.txt");
            }
            Path folder = Files.createTempDirectory("tradewind-keycloak-admin-client");
            folder.toFile().deleteOnExit();
            List<URL> urls = new ArrayList<>();
            for (String jar : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (jar.isBlank()) {
                    continue;
                }
                // Packed as "<name>.jar.isolated", so that no scanner of the WAR takes them for jars.
                Path file = folder.resolve(jar.strip().replaceFirst("\\.isolated$", ""));
                try (InputStream in = application.getResourceAsStream(RESOURCES + jar.strip())) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                file.toFile().deleteOnExit();
                urls.add(file.toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parent-last: a class in the client's jars is always its own copy; {@code ownPackage} is defined
     * here from the application's bytes (it must see the client's classes); everything else, such as
     * {@link KeycloakAdminApi} and the JDK, comes from the application. Service files are only its own,
     * so Jakarta REST and RESTEasy find RESTEasy's client and providers, never Liberty's.
     */
    static final class IsolatingClassLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        /** Logging back ends the application may carry: hidden, so that jboss-logging logs to java.util.logging. */
        private static final List<String> HIDDEN = List.of("org.apache.logging.log4j.", "org.slf4j.",
                "org.jboss.logmanager.", "org.apache.log4j.");

        private final String ownPackage;

        IsolatingClassLoader(URL[] jars, ClassLoader application, String ownPackage) {
            super("keycloak-admin-client", jars, application);
            this.ownPackage = ownPackage;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = name.startsWith(ownPackage) ? defineFromApplication(name) : ownFirst(name);
                }
                if (resolve) {
                    resolveClass(loaded);
                }
                return loaded;
            }
        }

        private Class<?> ownFirst(String name) throws ClassNotFoundException {
            if (name.startsWith("java.")) {
                return getParent().loadClass(name);
            }
            if (HIDDEN.stream().anyMatch(name::startsWith)) {
                throw new ClassNotFoundException(name);
            }
            try {
                return findClass(name);
            } catch (ClassNotFoundException e) {
                return getParent().loadClass(name);
            }
        }

        private Class<?> defineFromApplication(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : getParent().getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.startsWith("META-INF/services/")) {
                return findResources(name);
            }
            List<URL> all = Collections.list(findResources(name));
            all.addAll(Collections.list(getParent().getResources(name)));
            return Collections.enumeration(all);
        }
    }
}
