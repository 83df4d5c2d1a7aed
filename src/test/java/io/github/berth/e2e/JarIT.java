package io.github.berth.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, run as a user scripts it (the Foundation issue's "done when" check). */
class JarIT {
    @TempDir
    Path home;

    private Processes.Result berth(String input, String... args) throws Exception {
        return berthWith(Map.of("BERTH_HOME", home.toString()), input, args);
    }

    private Processes.Result berthWith(Map<String, String> env, String input, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", Path.of("target/berth.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return Processes.run(command, input, env, Path.of("."));
    }

    @Test
    void jsonlBatchOfTheFirstContainer() throws Exception {
        Processes.Result r = berth("docker run hello-world\ndocker ps -a -q\n", "sandbox", "--jsonl", "--seed", "1");
        assertEquals(0, r.exit(), r.stderr());
        List<String> lines = r.stdout().lines().toList();
        assertEquals(2, lines.size(), r.stdout());
        ObjectMapper json = new ObjectMapper();
        JsonNode run = json.readTree(lines.get(0));
        assertEquals(0, run.get("exit").asInt());
        assertTrue(run.get("stdout").asText().contains("Hello from Docker!"));
        JsonNode ps = json.readTree(lines.get(1));
        assertTrue(ps.get("stdout").asText().matches("[0-9a-f]{12}\n"), ps.toString());
    }

    @Test
    void theSameSeedGivesTheSameIds() throws Exception {
        String input = "docker run -d hello-world\ndocker ps -a\n";
        assertEquals(berth(input, "sandbox", "--seed", "42").stdout(), berth(input, "sandbox", "--seed", "42").stdout());
    }

    @Test
    void pipedSandboxPrintsOnlyCommandOutput() throws Exception {
        Processes.Result r = berth("echo hello\ndocker ps\n", "sandbox");
        assertEquals("hello\nCONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n", r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void workspaceFilesAreCopiedInAndNeverWrittenBack(@TempDir Path workspace) throws Exception {
        java.nio.file.Files.writeString(workspace.resolve("Dockerfile"), "FROM hello-world\n");
        Processes.Result r = berth("cd Dockerfile\n", "sandbox", "--workspace", workspace.toString());
        assertEquals("bash: cd: Dockerfile: Not a directory\n", r.stderr(), "the file is in ~/app");
        assertEquals(List.of(workspace.resolve("Dockerfile")), java.nio.file.Files.list(workspace).toList());
    }

    @Test
    void aMissingWorkspaceIsAClearError() throws Exception {
        Processes.Result r = berth("", "sandbox", "--workspace", home.resolve("nope").toString());
        assertEquals(2, r.exit());
        assertTrue(r.stderr().startsWith("berth: cannot use --workspace"), r.stderr());
    }

    @Test
    void lessonsListsTheCourse() throws Exception {
        Processes.Result r = berth("", "lessons");
        assertEquals("Why containers  (0 of 2 done)\n"
                + "    vms-vs-containers    Virtual machines and containers        [new]\n"
                + "    container-words      Containers, images and registries      [new]\n"
                + "First steps with Docker  (0 of 3 done)\n"
                + "    first-container      Your first container                   [new]\n"
                + "    container-lifecycle  Containers come and go                 [new]\n"
                + "    images-and-commands  Images are blueprints                  [new]\n"
                + "Dockerfiles, images and layers  (0 of 3 done)\n"
                + "    first-dockerfile     Build your own image                   [new]\n"
                + "    layers               Layers and the writable layer          [new]\n"
                + "    python-web-app       A Python web app in a container        [new]\n"
                + "Registries, Docker Hub and Amazon ECR  (0 of 1 done)\n"
                + "    push-to-ecr          Push an image to a private registry    [new]\n"
                + "The Docker CLI at work  (0 of 1 done)\n"
                + "    inside-a-container   Inside a running container             [new]\n"
                + "Running containers on AWS  (0 of 1 done)\n"
                + "    elastic-beanstalk    What Elastic Beanstalk builds for you  [new]\n",
                r.stdout());
    }

    @Test
    void aQuizIsAnsweredFromStandardInputAndRemembered() throws Exception {
        Processes.Result none = berth("", "review");
        assertEquals("Nothing to review yet: answer some questions with `berth quiz` first.\n", none.stdout());
        Processes.Result r = berth("a\nb\n", "quiz", "--module", "aws", "--count", "2", "--seed", "7");
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stdout().startsWith("Quiz: 2 questions. Answer by letter, or type the answer where there are no letters; Ctrl-D stops.\n\nQuestion 1 of 2"
                + "  (What Elastic Beanstalk builds for you)\n"), r.stdout());
        assertTrue(r.stdout().contains("answered right on the first try; what you answered is saved."), r.stdout());
        assertTrue(Files.readString(home.resolve("progress.json")).contains("\"cards\""));
        Processes.Result review = berth("", "review");
        assertTrue(review.stdout().startsWith("Nothing is due for review today.\nNext review: "), review.stdout());
        Processes.Result bad = berth("", "quiz", "--module", "nope");
        assertEquals(2, bad.exit());
        assertEquals("berth quiz: there is no module 'nope'; the modules are: why-containers, first-steps, dockerfiles, registries, docker-cli, aws\n",
                bad.stderr());
    }

    @Test
    void anInstructorsCourseFolderInBerthCourseIsWhatTheLearnerTakes(@TempDir Path course) throws Exception {
        Files.writeString(course.resolve("course.yaml"), "schemaVersion: 1\nmodules: [m]\n");
        Files.createDirectories(course.resolve("m"));
        Files.writeString(course.resolve("m/module.yaml"), "id: m\ntitle: Our class\nlessons: [q.yaml]\n");
        Files.writeString(course.resolve("m/q.yaml"), "schemaVersion: 1\nid: class-quiz\ntitle: The class quiz\n"
                + "summary: S\nsteps:\n  - {id: q, type: quiz, import: bank.gift}\n");
        Files.writeString(course.resolve("m/bank.gift"), "::kernel::Containers share the host's kernel.{T}\n");
        Map<String, String> env = Map.of("BERTH_HOME", home.toString(), "BERTH_COURSE", course.toString());
        Processes.Result lessons = berthWith(env, "", "lessons");
        assertEquals("Our class  (0 of 1 done)\n    class-quiz  The class quiz  [new]\n", lessons.stdout(), lessons.stderr());
        // quiz mode shuffles the options: one of the two letters is right, the other comes back at the end
        Processes.Result quiz = berthWith(env, "a\nb\n", "quiz");
        assertTrue(quiz.stdout().matches("(?s).*Containers share the host's kernel\\.\n  a\\) (True|False)\n  b\\) (True|False)\n.*"),
                quiz.stdout());
        assertTrue(quiz.stdout().contains(" right on the first try"), quiz.stdout());
        assertTrue(Files.readString(home.resolve("progress.json")).contains("class-quiz/kernel"));
        Processes.Result missing = berthWith(Map.of("BERTH_HOME", home.toString(), "BERTH_COURSE",
                course.resolve("nowhere").toString()), "", "lessons");
        assertEquals(1, missing.exit());
        assertEquals("berth: BERTH_COURSE names " + course.resolve("nowhere") + ", which has no course.yaml: a course "
                + "folder holds course.yaml and one folder per module (or unset BERTH_COURSE for berth's own lessons)\n",
                missing.stderr());
    }
}
