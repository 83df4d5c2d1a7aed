package io.github.berth.shell.programs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.berth.fs.MemoryFs;
import io.github.berth.fs.Node;
import io.github.berth.shell.CapturedOutput;
import io.github.berth.shell.Shell;
import io.github.berth.shell.ShellState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** apt 1.2 and pip 8.1.1 on Ubuntu 16.04, against a real xenial build log's lines. */
class XenialAptTest {
    private final MemoryFs fs = new MemoryFs();
    private final Map<String, String> env = new LinkedHashMap<>();
    private final ShellState state;

    XenialAptTest() {
        Programs.coreutils().keySet().forEach(name -> fs.installProgram("/usr/bin/" + name, name));
        fs.writeFile("/etc/os-release", "NAME=\"Ubuntu\"\nVERSION_ID=\"16.04\"\nVERSION_CODENAME=xenial\nID=ubuntu\n");
        fs.installProgram("/usr/bin/apt-get", "apt-get");
        env.put("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
        state = new ShellState(fs, "/", env);
        state.uid(0);
    }

    private CapturedOutput run(String line, int expected) {
        CapturedOutput out = new CapturedOutput();
        assertEquals(expected, new Shell("sh", state, Programs.standard()).run(line, out).status(), out.out() + out.err());
        return out;
    }

    @Test
    void sizesAsAptsSizeToStrPrintsThem() {
        assertEquals("8882 B", XenialApt.sizeToStr(8882) + "B");
        assertEquals("24.2 kB", XenialApt.sizeToStr(24_200) + "B");
        assertEquals("2661 kB", XenialApt.sizeToStr(2_661_000) + "B");
        assertEquals("27.8 MB", XenialApt.sizeToStr(27_800_000) + "B");
        assertEquals("259 MB", XenialApt.sizeToStr(259_000_000) + "B");
    }

    @Test
    void dpkgShortensArchivePathsToThirtyCharacters() {
        assertEquals(".../archives/netbase_5.3_all.deb", XenialApt.summarize("/var/cache/apt/archives/netbase_5.3_all.deb"));
        assertEquals(".../archives/rename_0.20-4_all.deb",
                XenialApt.summarize("/var/cache/apt/archives/rename_0.20-4_all.deb"));
        assertEquals(".../libmnl0_1.0.3-5_amd64.deb", XenialApt.summarize("/var/cache/apt/archives/libmnl0_1.0.3-5_amd64.deb"));
    }

    @Test
    void listsWrapAsTheLogDoes() {
        assertEquals("The following NEW packages will be installed:\n"
                + "  binutils build-essential bzip2 ca-certificates cpp cpp-5 dpkg-dev fakeroot\n"
                + "  g++ g++-5 gcc gcc-5 ifupdown iproute2 isc-dhcp-client isc-dhcp-common\n"
                + "  libalgorithm-diff-perl\n", XenialApt.list("The following NEW packages will be installed:", List.of(
                "binutils", "build-essential", "bzip2", "ca-certificates", "cpp", "cpp-5", "dpkg-dev", "fakeroot", "g++",
                "g++-5", "gcc", "gcc-5", "ifupdown", "iproute2", "isc-dhcp-client", "isc-dhcp-common",
                "libalgorithm-diff-perl")));
    }

    @Test
    void installBeforeUpdateThenPythonPipAndPip8() {
        assertEquals("E: Unable to locate package python-pip\n", run("apt-get install -y python-pip python-dev", 100).err());
        assertTrue(run("apt-get update", 0).out().endsWith("Get:21 http://archive.ubuntu.com/ubuntu xenial-backports/"
                + "universe amd64 Packages [7734 B]\nFetched 25.1 MB in 13s (1866 kB/s)\nReading package lists...\n"));
        assertEquals("E: Unable to locate package python-pipx\n", run("apt-get install -y python-pipx", 100).err());
        CapturedOutput install = run("apt-get install -y python-pip python-dev", 0);
        String out = install.out();
        assertTrue(out.startsWith("Reading package lists...\nBuilding dependency tree...\nReading state information...\n"
                + "The following additional packages will be installed:\n"
                + "  binutils build-essential bzip2 ca-certificates cpp cpp-5 dpkg-dev fakeroot\n"), out);
        assertTrue(out.contains("Suggested packages:\n  binutils-doc bzip2-doc cpp-doc gcc-5-locales debian-keyring"
                + " g++-multilib\n"), out);
        assertTrue(out.contains("\n0 upgraded, 85 newly installed, 0 to remove and 0 not upgraded.\n"
                + "Need to get 85.3 MB of archives.\nAfter this operation, 264 MB of additional disk space will be"
                + " used.\nGet:1 http://archive.ubuntu.com/ubuntu xenial/main amd64 libatm1 amd64 1:2.5.1-1.5 [24.2 kB]\n"),
                out);
        assertTrue(out.contains("Get:72 http://archive.ubuntu.com/ubuntu xenial-updates/main amd64 libpython2.7-dev amd64"
                + " 2.7.12-1ubuntu0~16.04.3 [27.8 MB]\n"), out);
        assertTrue(out.contains("Unpacking libpython-stdlib:amd64 (2.7.12-1~16.04) ...\n"
                + "Processing triggers for libc-bin (2.23-0ubuntu10) ...\n"
                + "Processing triggers for mime-support (3.59ubuntu1) ...\n"
                + "Setting up libssl1.0.0:amd64 (1.0.2g-1ubuntu4.11) ...\n"
                + "Setting up libpython2.7-minimal:amd64 (2.7.12-1ubuntu0~16.04.3) ...\n"
                + "Setting up python2.7-minimal (2.7.12-1ubuntu0~16.04.3) ...\n"
                + "Linking and byte-compiling packages for runtime python2.7...\n"
                + "Setting up python-minimal (2.7.12-1~16.04) ...\n"
                + "Selecting previously unselected package python.\n"), out);
        assertTrue(out.contains("Preparing to unpack .../archives/netbase_5.3_all.deb ...\n"), out);
        assertTrue(out.endsWith("Setting up rename (0.20-4) ...\n"
                + "update-alternatives: using /usr/bin/file-rename to provide /usr/bin/rename (rename) in auto mode\n"
                + "Processing triggers for libc-bin (2.23-0ubuntu10) ...\n"
                + "Processing triggers for systemd (229-4ubuntu21.2) ...\n"
                + "Processing triggers for ca-certificates (20170717~16.04.1) ...\n"
                + "Updating certificates in /etc/ssl/certs...\n148 added, 0 removed; done.\n"
                + "Running hooks in /etc/ca-certificates/update.d...\ndone.\n"), out);
        assertTrue(install.err().startsWith("debconf: delaying package configuration, since apt-utils is not installed\n"),
                install.err());
        for (String bin : List.of("/usr/bin/python", "/usr/bin/python2.7", "/usr/bin/pip", "/usr/bin/pip2")) {
            assertTrue(fs.lookup(bin).orElse(null) instanceof Node.File f && f.program() != null, bin);
        }
        assertEquals("Reading package lists...\nBuilding dependency tree...\nReading state information...\n"
                + "python-pip is already the newest version (8.1.1-2ubuntu0.6).\n"
                + "0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n", run("apt-get install -y python-pip", 0)
                .out());

        assertEquals("pip 8.1.1 from /usr/lib/python2.7/dist-packages (python 2.7)\n", run("pip --version", 0).out());
        fs.writeFile("/requirements.txt", "Flask\n");
        run("pip install -r requirements.txt", 0);
        CapturedOutput again = run("pip install Flask", 0);
        assertEquals("Requirement already satisfied (use --upgrade to upgrade): Flask in"
                + " /usr/local/lib/python2.7/dist-packages\n"
                + "Requirement already satisfied (use --upgrade to upgrade): Jinja2<3.0,>=2.10.1 in"
                + " /usr/local/lib/python2.7/dist-packages (from Flask)\n", again.out().substring(0,
                again.out().indexOf("Requirement already satisfied (use --upgrade to upgrade): Werkzeug")));
        CapturedOutput unknown = run("pip install nosuchthing", 1);
        assertEquals("Collecting nosuchthing\n", unknown.out());
        assertEquals("  Could not find a version that satisfies the requirement nosuchthing (from versions: )\n"
                + "No matching distribution found for nosuchthing\n", unknown.err());
    }
}
