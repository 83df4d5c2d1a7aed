package io.github.berth.engine;

/**
 * The files nginx's official image serves and reads: the welcome page (615 bytes, as nginx
 * 1.27's html/index.html), the 50x page and the image's /etc/nginx/conf.d/default.conf
 * (nginxinc/docker-nginx adds the IPv6 listen line at startup).
 */
final class NginxPages {
    private NginxPages() {}

    static final String WELCOME = """
            <!DOCTYPE html>
            <html>
            <head>
            <title>Welcome to nginx!</title>
            <style>
            html { color-scheme: light dark; }
            body { width: 35em; margin: 0 auto;
            font-family: Tahoma, Verdana, Arial, sans-serif; }
            </style>
            </head>
            <body>
            <h1>Welcome to nginx!</h1>
            <p>If you see this page, the nginx web server is successfully installed and
            working. Further configuration is required.</p>

            <p>For online documentation and support please refer to
            <a href="http://nginx.org/">nginx.org</a>.<br/>
            Commercial support is available at
            <a href="http://nginx.com/">nginx.com</a>.</p>

            <p><em>Thank you for using nginx.</em></p>
            </body>
            </html>
            """;

    static final String ERROR_50X = """
            <!DOCTYPE html>
            <html>
            <head>
            <title>Error</title>
            <style>
            html { color-scheme: light dark; }
            body { width: 35em; margin: 0 auto;
            font-family: Tahoma, Verdana, Arial, sans-serif; }
            </style>
            </head>
            <body>
            <h1>An error occurred.</h1>
            <p>Sorry, the page you are looking for is currently unavailable.<br/>
            Please try again later.</p>
            <p>If you are the system administrator of this resource then you should check
            the error log for details.</p>
            <p><em>Faithfully yours, nginx.</em></p>
            </body>
            </html>
            """;

    static final String DEFAULT_CONF = """
            server {
                listen       80;
                server_name  localhost;

                #access_log  /var/log/nginx/host.access.log  main;

                location / {
                    root   /usr/share/nginx/html;
                    index  index.html index.htm;
                }

                #error_page  404              /404.html;

                # redirect server error pages to the static page /50x.html
                #
                error_page   500 502 503 504  /50x.html;
                location = /50x.html {
                    root   /usr/share/nginx/html;
                }
            }
            """;

    /** nginx's 404 page (ngx_http_special_response.c), with the server's version. */
    static String notFound(String version) {
        return "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n"
                + "<hr><center>nginx/" + version + "</center>\r\n</body>\r\n</html>\r\n";
    }
}
