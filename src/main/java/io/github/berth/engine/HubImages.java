package io.github.berth.engine;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The official images of berth's built-in Docker Hub, each as linux/amd64 served it around the
 * release of Docker 28.2.2 (May 2025), with the sources each fact comes from. An image's
 * executables are simulated-program markers named after the program (an applet's name).
 */
final class HubImages {
    static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private HubImages() {}

    /**
     * hello-world:latest as published in January 2025 (current when Docker 28.2.2 was released):
     * layer e6590344b1a5, image id 74cc54e27dc4, 10072 bytes, Cmd ["/hello"], WorkingDir "/". The
     * digest is one the index had in that period (it changes whenever any platform of the index
     * is rebuilt).
     */
    static HubImage helloWorld() {
        return new HubImage(
                ImageRef.parse("hello-world:latest"),
                "sha256:ec153840d1e635ac434fab5e377081f17e0e15afab27beb3f726c3265039cfff",
                List.of("e6590344b1a5"),
                "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602",
                10072L,
                Instant.parse("2025-01-21T23:32:32.000000000Z"),
                new ImageConfig(List.of("PATH=" + DEFAULT_PATH), null, List.of("/hello"), "/"),
                Map.of("/hello", "hello-world"));
    }

    /**
     * alpine:latest = 3.21.3, latest from 2025-02-14 until 3.22.0 (2025-05-30). Layer
     * f18232174bc9 (3642247 bytes compressed), config (image id) aded1e1a5b37, created
     * 2025-02-14T03:28:36Z, Env PATH, Cmd ["/bin/sh"], WorkingDir "/" (the image's OCI config and
     * annotations as quoted in several public test fixtures); index digest a8560b36e8b8 (pasted
     * "docker run alpine" transcripts: "f18232174bc9: Pull complete", "Digest: sha256:a8560b…");
     * "docker images" shows 7.83MB for it: the exact byte count is not known, so a value that
     * prints as 7.83MB stands in.
     *
     * <p>Executables: busybox's applets at the locations busybox's own applet definitions give
     * (BB_DIR_BIN, BB_DIR_SBIN, BB_DIR_USR_BIN, BB_DIR_USR_SBIN in each applet's source), for a
     * subset of the applets alpine enables, plus apk-tools' /sbin/apk. Alpine's full applet list
     * is not reproduced.
     */
    static HubImage alpine() {
        Map<String, String> programs = new LinkedHashMap<>();
        add(programs, "/bin/", ALPINE_BIN);
        add(programs, "/sbin/", ALPINE_SBIN);
        add(programs, "/usr/bin/", ALPINE_USR_BIN);
        add(programs, "/usr/sbin/", ALPINE_USR_SBIN);
        return new HubImage(
                ImageRef.parse("alpine:latest"),
                "sha256:a8560b36e8b8210634f77d9f7f9efd7ffa463e380b75e2e74aff4511df3ef88c",
                List.of("f18232174bc9"),
                "sha256:aded1e1a5b3705116fa0a92ba074a5e0b0031647d9c315983ccba2ee5428ec8b",
                7_830_000L,
                Instant.parse("2025-02-14T03:28:36Z"),
                new ImageConfig(List.of("PATH=" + DEFAULT_PATH), null, List.of("/bin/sh"), "/"),
                programs);
    }

    /**
     * busybox:latest = 1.37.0-glibc as docker-library/busybox committed it on 2025-05-20 (commit
     * 5f0f01b, latest/glibc/amd64): config sha256:6d3e4188a38a… (the image id), created
     * 2024-09-26T21:31:42Z, Env PATH, Cmd ["sh"], no WorkingDir; one layer 90b9666d4aed (2145249
     * bytes compressed). Index digest f85340bf132a… (pasted pulls of busybox:latest from mid 2025
     * with "90b9666d4aed: Pull complete", and a push that maps it to this commit's manifest
     * 7c0ffe575123…). "docker images" showed 4.28MB for image 6d3e4188a38a: the exact byte count
     * is not known, so a value that prints as 4.28MB stands in.
     *
     * <p>Executables: every applet hardlinked in /bin of the 1.37.0-glibc rootfs (the list from
     * docker-library/busybox's dist-amd64 rootfs.tar.gz of the same version and configuration),
     * /bin/getconf, and the /usr/bin/env symlink.
     */
    static HubImage busybox() {
        Map<String, String> programs = new LinkedHashMap<>();
        for (String applet : BUSYBOX_APPLETS.trim().split("\\s+")) {
            programs.put("/bin/" + applet, applet);
        }
        programs.put("/bin/getconf", "getconf");
        programs.put("/usr/bin/env", "env");
        return new HubImage(
                ImageRef.parse("busybox:latest"),
                "sha256:f85340bf132ae937d2c2a763b8335c9bab35d6e8293f70f606b9c6178d84f42b",
                List.of("90b9666d4aed"),
                "sha256:6d3e4188a38af91b0c1577b9e88c53368926b2fe0e1fb985d6e8a70040520c4d",
                4_280_000L,
                Instant.parse("2024-09-26T21:31:42Z"),
                new ImageConfig(List.of("PATH=" + DEFAULT_PATH), null, List.of("sh"), ""),
                programs);
    }

    private static void add(Map<String, String> programs, String dir, String names) {
        for (String name : names.split(" ")) {
            programs.put(dir + name, name);
        }
    }

    private static final String ALPINE_BIN = "ash busybox cat chmod chown cp date df echo false grep gunzip gzip hostname kill ln login ls mkdir more mount mv netstat ping printenv ps pwd rm sed sh sleep stat su sync tar touch true uname vi";
    private static final String ALPINE_SBIN = "apk ifconfig ip";
    private static final String ALPINE_USR_BIN = "[ [[ awk basename clear cut dirname du env expr find free head id less nc nslookup readlink realpath seq sort tail tee test top tr traceroute uniq wc wget which whoami xargs yes";
    private static final String ALPINE_USR_SBIN = "addgroup adduser";

    /** The applets in /bin of busybox 1.37.0-glibc (docker-library/busybox rootfs listing). */
    private static final String BUSYBOX_APPLETS = """
            [ [[ acpid add-shell addgroup adduser adjtimex ar arch arp arping ascii ash awk base32 base64
            basename bc beep blkdiscard blkid blockdev bootchartd brctl bunzip2 busybox bzcat bzip2 cal cat
            chat chattr chgrp chmod chown chpasswd chpst chroot chrt chvt cksum clear cmp comm conspy cp cpio
            crc32 crond crontab cryptpw cttyhack cut date dc dd deallocvt delgroup deluser depmod devmem df
            dhcprelay diff dirname dmesg dnsd dnsdomainname dos2unix dpkg dpkg-deb du dumpkmap dumpleases echo
            ed egrep eject env envdir envuidgid ether-wake expand expr factor fakeidentd fallocate false
            fatattr fbset fbsplash fdflush fdformat fdisk fgconsole fgrep find findfs flock fold free
            freeramdisk fsck fsck.minix fsfreeze fstrim fsync ftpd ftpget ftpput fuser getconf getfattr getopt
            getty grep groups gunzip gzip halt hd hdparm head hexdump hexedit hostid hostname httpd hush
            hwclock i2cdetect i2cdump i2cget i2cset i2ctransfer id ifconfig ifdown ifenslave ifplugd ifup inetd
            init inotifyd insmod install ionice iostat ip ipaddr ipcalc ipcrm ipcs iplink ipneigh iproute
            iprule iptunnel kbd_mode kill killall killall5 klogd last less link linux32 linux64 linuxrc ln
            loadfont loadkmap logger login logname logread losetup lpd lpq lpr ls lsattr lsmod lsof lspci
            lsscsi lsusb lzcat lzma lzop makedevs makemime man md5sum mdev mesg microcom mim mkdir mkdosfs
            mke2fs mkfifo mkfs.ext2 mkfs.minix mkfs.vfat mknod mkpasswd mkswap mktemp modinfo modprobe more
            mount mountpoint mpstat mt mv nameif nanddump nandwrite nbd-client nc netstat nice nl nmeter nohup
            nologin nproc nsenter nslookup ntpd od openvt partprobe passwd paste patch pgrep pidof ping ping6
            pipe_progress pivot_root pkill pmap popmaildir poweroff powertop printenv printf ps pscan pstree
            pwd pwdx raidautorun rdate rdev readahead readlink readprofile realpath reboot reformime
            remove-shell renice reset resize resume rev rm rmdir rmmod route rpm rpm2cpio rtcwake run-init
            run-parts runlevel runsv runsvdir rx script scriptreplay sed seedrng sendmail seq setarch
            setconsole setfattr setfont setkeycodes setlogcons setpriv setserial setsid setuidgid sh sha1sum
            sha256sum sha3sum sha512sum showkey shred shuf slattach sleep smemcap softlimit sort split
            ssl_client start-stop-daemon stat strings stty su sulogin sum sv svc svlogd svok swapoff swapon
            switch_root sync sysctl syslogd tac tail tar taskset tc tcpsvd tee telnet telnetd test tftp tftpd
            time timeout top touch tr traceroute traceroute6 tree true truncate ts tsort tty ttysize tunctl
            ubiattach ubidetach ubimkvol ubirename ubirmvol ubirsvol ubiupdatevol udhcpc udhcpc6 udhcpd udpsvd
            uevent umount uname unexpand uniq unix2dos unlink unlzma unshare unxz unzip uptime users usleep
            uudecode uuencode vconfig vi vlock volname w wall watch watchdog wc wget which who whoami whois
            xargs xxd xz xzcat yes zcat zcip
            """;
}
