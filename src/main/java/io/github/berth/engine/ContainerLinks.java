package io.github.berth.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Legacy links ({@code docker run --link NAME[:ALIAS]}) on the default bridge, as moby v28.2.2
 * keeps them: registered at create (daemon_unix.go registerLinks: the linked container must
 * exist), checked at start (container_operations_unix.go setupLinkedContainers: it must be
 * running), written into the linking container's /etc/hosts as "IP\tALIAS HOSTNAME NAME"
 * (addLegacyLinks) and into its environment (daemon/links/links.go ToEnv: ALIAS_PORT…, ALIAS_NAME,
 * ALIAS_ENV_…, still set by 28.2.2). A container on a user-defined network keeps no legacy link.
 */
public final class ContainerLinks {
    /** One link: the linked (child) container and the alias it has in the linking one. */
    record Link(String childId, String alias) {}

    private final Engine engine;
    private final Map<String, List<Link>> byParent = new HashMap<>();
    private final Map<String, List<Link>> dnsAliases = new HashMap<>();

    /** The container a link alias on a user-defined network names for {@code parent}'s queries, if any. */
    Optional<Container> aliased(Container parent, String name) {
        for (Link link : dnsAliases.getOrDefault(parent.id(), List.of())) {
            if (link.alias().equalsIgnoreCase(name) && engine.find(link.childId()) instanceof Lookup.Found f) {
                return Optional.of(f.container());
            }
        }
        return Optional.empty();
    }

    ContainerLinks(Engine engine) {
        this.engine = engine;
    }

    /**
     * opts.ParseLink: NAME, NAME:ALIAS, or the stored form /NAME:/PARENT/ALIAS; the error pflag
     * wraps as {@code invalid argument "…" for "--link" flag: …}.
     */
    public static Object parse(String spec) {
        if (spec.isEmpty()) {
            return "empty string specified for links";
        }
        String[] parts = spec.split(":", -1);
        if (parts.length > 2) {
            return "bad format for links: " + spec;
        }
        if (parts.length == 1) {
            return new String[] {spec, spec};
        }
        if (parts[0].startsWith("/")) {
            return new String[] {parts[0].substring(1), parts[1].substring(parts[1].lastIndexOf('/') + 1)};
        }
        return new String[] {parts[0], parts[1]};
    }

    /**
     * registerLinks: each linked container must exist (the daemon's "could not get container for
     * NAME: No such container: NAME"); on a user-defined network nothing is kept.
     */
    public Optional<String> register(Container parent, List<String> specs, boolean userDefinedNetwork) {
        if (specs.isEmpty()) {
            return Optional.empty();
        }
        if (userDefinedNetwork) {
            // a link on a user-defined network is an alias only this container's DNS queries know
            // (libnetwork's endpoint links, answered by the embedded DNS); missing names are left out
            List<Link> aliases = new ArrayList<>();
            for (String spec : specs) {
                if (parse(spec) instanceof String[] nameAlias && engine.find(nameAlias[0]) instanceof Lookup.Found f) {
                    aliases.add(new Link(f.container().id(), nameAlias[1]));
                }
            }
            dnsAliases.put(parent.id(), List.copyOf(aliases));
            return Optional.empty();
        }
        List<Link> links = new ArrayList<>();
        for (String spec : specs) {
            Object parsed = parse(spec);
            if (parsed instanceof String error) {
                return Optional.of(error);
            }
            String[] nameAlias = (String[]) parsed;
            Lookup child = engine.find(nameAlias[0]);
            if (child instanceof Lookup.Missing missing) {
                return Optional.of("could not get container for " + nameAlias[0] + ": " + missing.message());
            }
            links.add(new Link(((Lookup.Found) child).container().id(), nameAlias[1]));
        }
        byParent.put(parent.id(), List.copyOf(links));
        return Optional.empty();
    }

    /** Whether {@code specs} name only existing containers (checked before a container is made, as a failed create leaves none). */
    public Optional<String> check(List<String> specs) {
        for (String spec : specs) {
            Object parsed = parse(spec);
            if (parsed instanceof String error) {
                return Optional.of(error);
            }
            String name = ((String[]) parsed)[0];
            if (engine.find(name) instanceof Lookup.Missing missing) {
                return Optional.of("could not get container for " + name + ": " + missing.message());
            }
        }
        return Optional.empty();
    }

    private List<Map.Entry<Container, String>> children(Container parent) {
        List<Map.Entry<Container, String>> out = new ArrayList<>();
        for (Link link : byParent.getOrDefault(parent.id(), List.of())) {
            if (engine.find(link.childId()) instanceof Lookup.Found found) {
                out.add(Map.entry(found.container(), link.alias()));
            }
        }
        return out;
    }

    /** The running containers that link to {@code child} on the default bridge. */
    List<Container> parents(Container child) {
        List<Container> out = new ArrayList<>();
        byParent.forEach((parentId, links) -> {
            if (links.stream().anyMatch(l -> l.childId().equals(child.id()))
                    && engine.find(parentId) instanceof Lookup.Found f
                    && f.container().state().status() == ContainerState.Status.RUNNING) {
                out.add(f.container());
            }
        });
        return out;
    }

    /** setupLinkedContainers at start: every linked container must be running. */
    public Optional<String> startError(Container parent) {
        for (Map.Entry<Container, String> e : children(parent)) {
            if (e.getKey().state().status() != ContainerState.Status.RUNNING) {
                return Optional.of("Cannot link to a non running container: /" + e.getKey().name() + " AS /"
                        + parent.name() + "/" + e.getValue());
            }
        }
        return Optional.empty();
    }

    private String bridgeIp(Container c) {
        Networks.Endpoint ep = engine.networks().endpoints(c.id()).get("bridge");
        return ep == null ? "" : ep.ip();
    }

    /** The /etc/hosts lines addLegacyLinks adds: the alias, the linked container's hostname and its name. */
    String hostsLines(Container parent) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Container, String> e : children(parent)) {
            Container child = e.getKey();
            String ip = bridgeIp(child);
            if (ip.isEmpty()) {
                continue;
            }
            String aliases = e.getValue() + " " + engine.runtime().hostname(child);
            if (!e.getValue().equals(child.name())) {
                aliases += " " + child.name();
            }
            sb.append(ip).append('\t').append(aliases).append('\n');
        }
        return sb.toString();
    }

    /** links.EnvVars for each link, in the daemon's order. */
    public Map<String, String> environment(Container parent) {
        Map<String, String> env = new LinkedHashMap<>();
        for (Map.Entry<Container, String> e : children(parent)) {
            Container child = e.getKey();
            String childIp = bridgeIp(child);
            String alias = e.getValue().toUpperCase(Locale.ROOT).replace('-', '_');
            List<String[]> ports = new ArrayList<>();
            for (String p : child.config().exposedPorts()) {
                int slash = p.indexOf('/');
                ports.add(new String[] {slash < 0 ? p : p.substring(0, slash), slash < 0 ? "tcp" : p.substring(slash + 1)});
            }
            // withTCPPriority: tcp first, then by protocol name; by number within a protocol
            ports.sort((a, b) -> a[1].equalsIgnoreCase(b[1]) ? Integer.compare(Integer.parseInt(a[0]), Integer.parseInt(b[0]))
                    : a[1].equalsIgnoreCase("tcp") ? -1 : b[1].equalsIgnoreCase("tcp") ? 1
                    : a[1].toLowerCase(Locale.ROOT).compareTo(b[1].toLowerCase(Locale.ROOT)));
            String[] start = null;
            String[] end = null;
            for (int i = 0; i < ports.size(); i++) {
                String[] p = ports.get(i);
                if (i == 0) {
                    start = p;
                    end = p;
                    env.put(alias + "_PORT", p[1] + "://" + childIp + ":" + p[0]);
                }
                String prefix = alias + "_PORT_" + p[0] + "_" + p[1].toUpperCase(Locale.ROOT);
                env.put(prefix, p[1] + "://" + childIp + ":" + p[0]);
                env.put(prefix + "_ADDR", childIp);
                env.put(prefix + "_PORT", p[0]);
                env.put(prefix + "_PROTO", p[1]);
                if (Integer.parseInt(p[0]) == Integer.parseInt(end[0]) + 1 && p[1].equalsIgnoreCase(start[1])) {
                    end = p;
                    if (i < ports.size() - 1) {
                        continue;
                    }
                }
                if (end != start) {
                    String range = alias + "_PORT_" + start[0] + "_" + start[1].toUpperCase(Locale.ROOT);
                    env.put(range + "_START", start[1] + "://" + childIp + ":" + start[0]);
                    env.put(range + "_PORT_START", start[0]);
                    env.put(range + "_END", end[1] + "://" + childIp + ":" + end[0]);
                    env.put(range + "_PORT_END", end[0]);
                }
                start = p;
                end = p;
            }
            env.put(alias + "_NAME", "/" + parent.name() + "/" + e.getValue());
            for (String v : child.config().env()) {
                int eq = v.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String name = v.substring(0, eq);
                if (!name.equals("HOME") && !name.equals("PATH")) {
                    env.put(alias + "_ENV_" + name, v.substring(eq + 1));
                }
            }
        }
        return env;
    }

    /**
     * Adds the link variables to a starting container's environment where CreateDaemonEnvironment
     * puts them: after HOSTNAME, before the image's and -e's variables, which win over them.
     */
    public void addTo(Container parent, Map<String, String> env) {
        Map<String, String> vars = environment(parent);
        if (vars.isEmpty()) {
            return;
        }
        Map<String, String> was = new LinkedHashMap<>(env);
        env.clear();
        was.forEach((k, v) -> {
            env.put(k, v);
            if (k.equals("HOSTNAME")) {
                vars.forEach((name, value) -> {
                    if (!was.containsKey(name)) {
                        env.put(name, value);
                    }
                });
            }
        });
    }

    /** HostConfig.Links as inspect shows them: "/CHILD:/PARENT/ALIAS", or empty. */
    public List<String> inspect(Container parent) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<Container, String> e : children(parent)) {
            out.add("/" + e.getKey().name() + ":/" + parent.name() + "/" + e.getValue());
        }
        return out;
    }
}
