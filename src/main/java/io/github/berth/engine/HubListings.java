package io.github.berth.engine;

import java.util.List;

/**
 * What berth's built-in Docker Hub answers to {@code docker search}: the official images berth
 * can pull. Descriptions are the images' short descriptions from docker-library/docs
 * ({@code NAME/README-short.txt} as stored in the public index: nginx and ubuntu at 9538ebb,
 * busybox e549e99, hello-world da45f46, debian c141e96, python 9538ebb, node 87aa714, httpd
 * ce5295e, postgres b5086ae, mysql 9538ebb, redis 3440024); alpine's file was not available, its
 * text is the one Docker Hub shows. The star counts are berth's own round figures, not Docker
 * Hub's (which change daily and cannot be looked up offline).
 */
public final class HubListings {
    /** One search result (registry.SearchResult): Name, Description, StarCount, IsOfficial. */
    public record Listing(String name, String description, int stars, boolean official) {}

    private HubListings() {}

    /** Every listing, most stars first (the order berth answers in). */
    public static List<Listing> all() {
        return List.of(
                new Listing("nginx", "Official build of Nginx.", 20000, true),
                new Listing("ubuntu", "Official Ubuntu base image", 17000, true),
                new Listing("mysql", "MySQL is the world's second most widely used open-source relational database"
                        + " management system (RDBMS).", 15000, true),
                new Listing("postgres", "The PostgreSQL object-relational database system provides reliability and"
                        + " data integrity.", 14000, true),
                new Listing("node", "Node.js is a software platform for scalable server-side and networking"
                        + " applications.\nNode.js applications are written in JavaScript and run within the Node.js"
                        + " runtime\non Mac OS X, Windows, and Linux.", 13000, true),
                new Listing("redis", "Redis is the world\u2019s fastest data platform. It provides cloud and on-prem"
                        + " solutions for caching, vector search, and NoSQL databases that seamlessly fit into any tech"
                        + " stack\u2014making it simple for digital customers to build, scale, and deploy the fast apps"
                        + " our world runs on.", 12000, true),
                new Listing("alpine", "A minimal Docker image based on Alpine Linux with a complete package index and"
                        + " only 5 MB in size!", 11000, true),
                new Listing("python", "Python is a widely used general-purpose, high-level programming language.",
                        10000, true),
                new Listing("debian", "(Semi) Official Debian base image.", 5000, true),
                new Listing("httpd", "The Apache HTTP Server Project", 4000, true),
                new Listing("busybox", "Busybox base image.", 3000, true),
                new Listing("hello-world", "Hello World! (an example of minimal Dockerization)", 2000, true));
    }
}
