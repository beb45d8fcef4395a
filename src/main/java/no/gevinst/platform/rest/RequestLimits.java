package no.gevinst.platform.rest;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the API reads of a request, checked before anything reads it whole:
 * <ul>
 * <li>a body larger than {@code gevinst.api.max-body-bytes} (1 MiB; JSON, or the register's CSV), or an upload
 * ({@code multipart/form-data}) larger than {@code gevinst.api.max-upload-bytes} (the 20 MiB of a file and room for
 * the form around it), is answered 413: at once when its length is declared, else as soon as that much has come;</li>
 * <li>a GET, HEAD or DELETE with a body is answered 400, since no such act reads one.</li>
 * </ul>
 * A refused body is still read up to {@value #SWALLOW_BYTES} bytes and thrown away, never held: a client that sends
 * all of it before it reads the answer would otherwise find the connection closed instead of the answer. A larger one
 * is answered with the connection closed.
 */
@WebFilter(filterName = "RequestLimits", urlPatterns = "/api/*")
public class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> WITHOUT_BODY = Set.of("GET", "HEAD", "DELETE", "OPTIONS");

    static final long SWALLOW_BYTES = 32L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = "gevinst.api.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "gevinst.api.max-upload-bytes", defaultValue = "21037056")
    long maxUploadBytes;

    @Inject
    transient Problems problems;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        boolean hasBody = declared > 0 || request.getHeader("Transfer-Encoding") != null;
        if (!hasBody) {
            chain.doFilter(request, response);
            return;
        }
        if (WITHOUT_BODY.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            refuse(request, response, declared, 400, "problem.bodyNotAllowed");
            return;
        }
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        long limit = upload ? maxUploadBytes : maxBodyBytes;
        String detail = upload ? "problem.uploadTooLarge" : "problem.bodyTooLarge";
        if (declared > limit) {
            refuse(request, response, declared, 413, detail, limit / (1024 * 1024));
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, new PayloadTooLargeException(detail, limit), limit);
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limited.exceeded || response.isCommitted()) {
                throw e;
            }
        }
        if (limited.exceeded && !response.isCommitted()) {
            // Whatever the reader made of the cut-off body, the answer is that it was too large.
            response.reset();
            problems.write(request, response, 413, detail, limit / (1024 * 1024));
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long declared, int status,
            String detail, Object... arguments) throws IOException {
        if (declared > SWALLOW_BYTES || !swallowed(request.getInputStream())) {
            response.setHeader("Connection", "close");
        }
        problems.write(request, response, status, detail, arguments);
    }

    /** Reads what is left of a body and throws it away, up to the bound; whether it came to the end. */
    static boolean swallowed(InputStream body) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = SWALLOW_BYTES;
        int n;
        while ((n = body.read(buffer)) != -1) {
            left -= n;
            if (left < 0) {
                return false;
            }
        }
        return true;
    }

    /** A request whose body stops with an error once more than {@code limit} bytes have been read. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final PayloadTooLargeException refusal;
        private final long limit;
        private ServletInputStream stream;
        volatile boolean exceeded;

        LimitedRequest(HttpServletRequest request, PayloadTooLargeException refusal, long limit) {
            super(request);
            this.refusal = refusal;
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream());
            }
            return stream;
        }

        private final class Counting extends ServletInputStream {

            private final ServletInputStream in;
            private long read;

            Counting(ServletInputStream in) {
                this.in = in;
            }

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b != -1) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = in.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws IOException {
                read += n;
                if (read > limit) {
                    exceeded = true;
                    swallowed(in);
                    // As an IOException, which every reader passes on (wrapped); ProblemMapper finds the cause.
                    throw new IOException(refusal);
                }
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        }
    }
}
