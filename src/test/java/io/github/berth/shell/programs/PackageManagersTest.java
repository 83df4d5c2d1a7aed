package io.github.berth.shell.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.shell.CapturedOutput;
import io.github.berth.shell.Shell;
import io.github.berth.shell.ShellState;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** apt-get, apk, pip and npm: their output, the files they install, and how they fail. */
class PackageManagersTest {
    private final MemoryFs fs = new MemoryFs();
    private final Map<String, String> env = new LinkedHashMap<>();
    private ShellState state;

    PackageManagersTest() {
        Programs.coreutils().keySet().forEach(name -> fs.installProgram("/usr/bin/" + name, name));
    }

    private CapturedOutput run(String line) {
        if (state == null) {
            state = new ShellState(fs, "/", env);
        }
        CapturedOutput out = new CapturedOutput();
        int status = new Shell("sh", state, Programs.standard()).run(line, out).status();
        out.stdout("[" + status + "]");
        return out;
    }

    private void ubuntu() {
        fs.writeFile("/etc/os-release", "ID=ubuntu\nVERSION_ID=\"24.04\"\nVERSION_CODENAME=noble\n");
        fs.installProgram("/usr/bin/apt-get", "apt-get");
        fs.installProgram("/usr/bin/apt", "apt");
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    }

    @Test
    void aptGetInstallBeforeUpdateCannotLocateThePackage() {
        ubuntu();
        CapturedOutput out = run("apt-get install -y curl");
        assertEquals("Reading package lists...\nBuilding dependency tree...\nReading state information...\n[100]", out.out());
        assertEquals("E: Unable to locate package curl\n", out.err());
    }

    @Test
    void aptGetUpdateThenInstall() {
        ubuntu();
        CapturedOutput update = run("apt-get update");
        assertTrue(update.out().startsWith("Get:1 http://archive.ubuntu.com/ubuntu noble InRelease [256 kB]\n"));
        assertTrue(update.out().endsWith("Reading package lists...\n[0]"));
        CapturedOutput install = run("apt-get install -y curl");
        assertEquals("Reading package lists...\nBuilding dependency tree...\nReading state information...\n"
                + "The following additional packages will be installed:\n  ca-certificates libcurl4t64 openssl\n"
                + "The following NEW packages will be installed:\n  ca-certificates curl libcurl4t64 openssl\n"
                + "0 upgraded, 4 newly installed, 0 to remove and 0 not upgraded.\n"
                + "Need to get 1,729 kB of archives.\n"
                + "After this operation, 5,187 kB of additional disk space will be used.\n"
                + "Get:1 http://archive.ubuntu.com/ubuntu noble-updates/main amd64 openssl amd64 3.0.13-0ubuntu3.5 [1,002 kB]\n"
                + "Get:2 http://archive.ubuntu.com/ubuntu noble-updates/main amd64 ca-certificates amd64 20240203 [159 kB]\n"
                + "Get:3 http://archive.ubuntu.com/ubuntu noble-updates/main amd64 libcurl4t64 amd64 8.5.0-2ubuntu10.6 [341 kB]\n"
                + "Get:4 http://archive.ubuntu.com/ubuntu noble-updates/main amd64 curl amd64 8.5.0-2ubuntu10.6 [227 kB]\n"
                + "Fetched 1,729 kB in 1s (1,729 kB/s)\n"
                + "Selecting previously unselected package openssl.\n"
                + "(Reading database ... 4381 files and directories currently installed.)\n"
                + "Preparing to unpack .../00-openssl_3.0.13-0ubuntu3.5_amd64.deb ...\n"
                + "Unpacking openssl (3.0.13-0ubuntu3.5) ...\n", install.out().substring(0, install.out().indexOf("Selecting previously unselected package ca")));
        assertTrue(install.out().endsWith("Setting up curl (8.5.0-2ubuntu10.6) ...\n"
                + "Processing triggers for libc-bin (2.39-0ubuntu8.4) ...\n[0]"));
        assertEquals("debconf: delaying package configuration, since apt-utils is not installed\n", install.err());
        assertTrue(fs.lookup("/usr/bin/curl").orElse(null) instanceof Node.File f && "curl".equals(f.program()));
        assertEquals("Reading package lists...\nBuilding dependency tree...\nReading state information...\n"
                + "curl is already the newest version (8.5.0-2ubuntu10.6).\n"
                + "0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n[0]", run("apt-get install -y curl").out());
        CapturedOutput unknown = run("apt-get install -y nosuchpkg");
        assertEquals("E: Unable to locate package nosuchpkg\n", unknown.err());
        assertTrue(unknown.out().endsWith("[100]"));
    }

    @Test
    void aptGetWithoutYesAbortsWhenItWouldAsk() {
        ubuntu();
        run("apt-get update");
        CapturedOutput out = run("apt-get install git");
        assertTrue(out.out().endsWith("Do you want to continue? [Y/n] Abort.\n[1]"), out.out());
        assertTrue(fs.lookup("/usr/bin/git").isEmpty());
    }

    @Test
    void aptNeedsRootAndWarnsInScripts() {
        ubuntu();
        state = new ShellState(fs, "/", env);
        state.uid(1000);
        CapturedOutput out = run("apt install -y curl");
        assertEquals("\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n"
                + "E: Could not open lock file /var/lib/dpkg/lock-frontend - open (13: Permission denied)\n"
                + "E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?\n", out.err());
        assertEquals("[100]", out.out());
        assertEquals("E: Invalid operation frobnicate\n", run("apt-get frobnicate").err());
    }

    @Test
    void apkAddInstallsAndFailsForUnknownPackages() {
        fs.writeFile("/etc/os-release", "ID=alpine\nVERSION_ID=3.21.3\n");
        fs.installProgram("/sbin/apk", "apk");
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        String fetch = "fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/main/x86_64/APKINDEX.tar.gz\n"
                + "fetch https://dl-cdn.alpinelinux.org/alpine/v3.21/community/x86_64/APKINDEX.tar.gz\n";
        assertEquals(fetch + "(1/4) Installing ca-certificates (20241121-r1)\n(2/4) Installing brotli-libs (1.1.0-r2)\n"
                + "(3/4) Installing libcurl (8.12.1-r1)\n(4/4) Installing curl (8.12.1-r1)\n"
                + "Executing busybox-1.37.0-r12.trigger\nExecuting ca-certificates-20241121-r1.trigger\n"
                + "OK: 15 MiB in 19 packages\n[0]", run("apk add --no-cache curl").out());
        assertEquals("curl\n", run("cat /etc/apk/world").out().replace("[0]", ""));
        CapturedOutput unknown = run("apk add nosuchpkg");
        assertEquals(fetch + "[1]", unknown.out());
        assertEquals("ERROR: unable to select packages:\n  nosuchpkg (no such package):\n"
                + "    required by: world[nosuchpkg]\n", unknown.err());
    }

    @Test
    void pipInstallPutsPackagesInSitePackages() {
        env.put("PATH", "/usr/local/bin:/usr/bin");
        env.put("PYTHON_VERSION", "3.13.3");
        fs.installProgram("/usr/local/bin/pip", "pip");
        CapturedOutput out = run("pip install requests");
        assertEquals("Collecting requests\n  Downloading requests-2.32.3-py3-none-any.whl.metadata (2.4 kB)\n"
                + "Collecting charset-normalizer (from requests)\n"
                + "  Downloading charset_normalizer-3.4.1-py3-none-any.whl.metadata (4.5 kB)\n"
                + "Collecting idna (from requests)\n  Downloading idna-3.10-py3-none-any.whl.metadata (2.0 kB)\n"
                + "Collecting urllib3 (from requests)\n  Downloading urllib3-2.3.0-py3-none-any.whl.metadata (4.8 kB)\n"
                + "Collecting certifi (from requests)\n  Downloading certifi-2025.1.31-py3-none-any.whl.metadata (5.6 kB)\n"
                + "Downloading charset_normalizer-3.4.1-py3-none-any.whl (145 kB)\n"
                + "Downloading idna-3.10-py3-none-any.whl (70 kB)\n"
                + "Downloading urllib3-2.3.0-py3-none-any.whl (128 kB)\n"
                + "Downloading certifi-2025.1.31-py3-none-any.whl (166 kB)\n"
                + "Downloading requests-2.32.3-py3-none-any.whl (64 kB)\n"
                + "Installing collected packages: charset-normalizer, idna, urllib3, certifi, requests\n"
                + "Successfully installed certifi-2025.1.31 charset-normalizer-3.4.1 idna-3.10 requests-2.32.3"
                + " urllib3-2.3.0\n[0]", out.out());
        assertTrue(out.err().startsWith("WARNING: Running pip as the 'root' user"));
        assertTrue(fs.lookup("/usr/local/lib/python3.13/site-packages/requests/__init__.py").isPresent());
        assertTrue(run("pip install requests").out().startsWith(
                "Requirement already satisfied: requests in /usr/local/lib/python3.13/site-packages (2.32.3)\n"));
        CapturedOutput unknown = run("pip install nosuchpkg");
        assertEquals("ERROR: Could not find a version that satisfies the requirement nosuchpkg (from versions: none)\n"
                + "ERROR: No matching distribution found for nosuchpkg\n", unknown.err());
        assertEquals("[1]", unknown.out());
    }

    @Test
    void pipInstallFromARequirementsFile() {
        env.put("PATH", "/usr/local/bin:/usr/bin");
        fs.installProgram("/usr/local/bin/pip3", "pip3");
        fs.writeFile("/app/requirements.txt", "# web\nflask==3.1.0\n");
        state = new ShellState(fs, "/app", env);
        CapturedOutput out = run("pip3 install -r requirements.txt");
        assertTrue(out.out().startsWith("Collecting flask==3.1.0 (from -r requirements.txt (line 2))\n"), out.out());
        assertTrue(out.out().contains("Successfully installed Jinja2-3.1.6 MarkupSafe-3.0.2 Werkzeug-3.1.3 "
                + "blinker-1.9.0 click-8.1.8 flask-3.1.0 itsdangerous-2.2.0\n"));
        assertTrue(fs.lookup("/usr/local/lib/python3.13/site-packages/flask/__init__.py").isPresent());
        assertEquals("ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'nope.txt'\n",
                run("pip3 install -r nope.txt").err());
    }

    @Test
    void npmInstallFillsNodeModules() {
        env.put("PATH", "/usr/local/bin:/usr/bin");
        env.put("HOME", "/root");
        fs.installProgram("/usr/local/bin/npm", "npm");
        fs.mkdirs("/app");
        state = new ShellState(fs, "/app", env);
        assertEquals("\nadded 66 packages, and audited 67 packages in 2s\n\n13 packages are looking for funding\n"
                + "  run `npm fund` for details\n\nfound 0 vulnerabilities\n[0]", run("npm install express").out());
        assertTrue(fs.lookup("/app/node_modules/express/package.json").isPresent());
        assertEquals("{\n  \"dependencies\": {\n    \"express\": \"^5.1.0\"\n  }\n}\n[0]", run("cat package.json").out());
        assertEquals("\nup to date, audited 67 packages in 1s\n\nfound 0 vulnerabilities\n[0]", run("npm install").out());
        CapturedOutput unknown = run("npm install nosuchpkg");
        assertTrue(unknown.err().startsWith("npm error code E404\n"
                + "npm error 404 Not Found - GET https://registry.npmjs.org/nosuchpkg - Not found\n"));
        assertEquals("[1]", unknown.out());
    }
}
