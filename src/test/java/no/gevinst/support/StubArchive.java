package no.gevinst.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * An archive behind a Fiks Arkiv gateway, on loopback: it takes a message (a zip of {@code arkivmelding.xml} and its
 * documents) only if the message is valid by KS's schema and holds every file it names, files it once per journal
 * key (a message sent again is "Eksisterende"), and answers with a receipt valid by the receipt's schema, numbering
 * each case and each journal entry. What it answers next can be planned: a server error, or an answer so late that
 * the sender has given up (the message is taken all the same, as a real archive would); and a message
 * can be taken and then held unanswered, while the test kills the node that sent it.
 */
public final class StubArchive implements AutoCloseable {

    public enum Answer {
        SERVER_ERROR, LATE
    }

    private static final String FOLDER = "no/gevinst/archive/fiks-arkiv/";
    private static final Pattern KEY = Pattern.compile("<(?:\\w+:)?noekkel>([^<]+)</(?:\\w+:)?noekkel>");

    private final HttpServer server;
    private final Schema arkivmelding = schema("no.ks.fiks.arkiv.v2.arkivering.arkivmelding.opprett.xsd");
    private final Deque<Answer> planned = new ArrayDeque<>();
    private final Map<String, Integer> filings = new LinkedHashMap<>();
    private final Map<String, Integer> journalNumbers = new HashMap<>();
    private final Map<String, Integer> cases = new HashMap<>();
    private final List<String> refused = new ArrayList<>();
    private final Map<String, Integer> sent = new HashMap<>();
    private final java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
    private String holding;
    private String held;
    private final long lateMillis;
    private int requests;
    private int journalNumber = 100;

    public StubArchive(long lateMillis) throws IOException {
        this(0, lateMillis);
    }

    /** On {@code port} (0: any free one), where the nodes of a cluster were told to find it. */
    public StubArchive(int port, long lateMillis) throws IOException {
        this.lateMillis = lateMillis;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/arkiv", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/arkiv");
    }

    /** The next answers, before it answers normally again. */
    public synchronized void plan(Answer... answers) {
        planned.addAll(List.of(answers));
    }

    /** Each journal key filed, in the order they were first filed, with how often it was filed (always 1). */
    public synchronized Map<String, Integer> filings() {
        return new LinkedHashMap<>(filings);
    }

    public synchronized int requests() {
        return requests;
    }

    /** How often a message with this journal key was sent. */
    public synchronized int requests(String key) {
        return sent.getOrDefault(key, 0);
    }

    /** The message with this journal key, when it comes, is taken (filed) and then held unanswered until {@link #release}. */
    public synchronized void hold(String key) {
        holding = key;
    }

    /** The journal key of the message held, or null while none is. */
    public synchronized String held() {
        return held;
    }

    /** Answers the message held (its sender may be gone). */
    public void release() {
        released.countDown();
    }

    /** What it refused, and why. */
    public synchronized List<String> refused() {
        return List.copyOf(refused);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] zip;
        try (InputStream in = exchange.getRequestBody()) {
            zip = in.readAllBytes();
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        Answer answer;
        String receipt;
        synchronized (this) {
            requests++;
            sent.merge(String.valueOf(key), 1, Integer::sum);
            answer = planned.poll();
            if (answer == Answer.SERVER_ERROR) {
                respond(exchange, 503, "text/plain", "Arkivet er midlertidig utilgjengelig");
                return;
            }
            Map<String, byte[]> files = unzip(zip);
            String xml = new String(files.getOrDefault("arkivmelding.xml", new byte[0]), StandardCharsets.UTF_8);
            String problem = problem(xml, files, key);
            if (problem != null) {
                refused.add(key + ": " + problem);
                respond(exchange, 400, "text/plain", problem);
                return;
            }
            boolean known = filings.containsKey(key);
            if (!known) {
                filings.put(key, 1);
                journalNumbers.put(key, ++journalNumber);
            }
            String reference = key.substring(0, key.lastIndexOf('/'));
            int caseNumber = cases.computeIfAbsent(reference, r -> cases.size() + 1);
            receipt = receipt(caseNumber, journalNumbers.get(key), known);
            if (key.equals(holding)) {
                holding = null;
                held = key;
            }
        }
        if (key.equals(held())) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (answer == Answer.LATE) {
            try {
                Thread.sleep(lateMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        respond(exchange, 200, "application/xml", receipt);
    }

    /** Why the message cannot be filed, or null: its schema, its keys, its files. */
    private String problem(String xml, Map<String, byte[]> files, String key) {
        try {
            arkivmelding.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (Exception e) {
            return "not an arkivmelding: " + e.getMessage();
        }
        Matcher keys = KEY.matcher(xml);
        List<String> found = new ArrayList<>();
        while (keys.find()) {
            found.add(keys.group(1));
        }
        if (key == null || !found.contains(key)) {
            return "the Idempotency-Key " + key + " is not the journal entry's key " + found;
        }
        Matcher named = Pattern.compile("<(?:\\w+:)?referanseDokumentfil>([^<]+)<").matcher(xml);
        while (named.find()) {
            if (!files.containsKey(named.group(1))) {
                return "the message names " + named.group(1) + ", which it does not hold";
            }
        }
        return null;
    }

    private static String receipt(int caseNumber, int journalNumber, boolean known) {
        String state = known ? "Eksisterende" : "Opprettet";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <arkivmeldingKvittering xmlns="https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/kvittering/v2"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <mappeKvittering xsi:type="saksmappeKvittering">
                    <systemID>%s</systemID>
                    <opprettetEllerEksisterende>%s</opprettetEllerEksisterende>
                    <saksaar>2027</saksaar>
                    <sakssekvensnummer>%d</sakssekvensnummer>
                  </mappeKvittering>
                  <registreringKvittering xsi:type="journalpostKvittering">
                    <systemID>%s</systemID>
                    <opprettetEllerEksisterende>%s</opprettetEllerEksisterende>
                    <journalaar>2027</journalaar>
                    <journalsekvensnummer>%d</journalsekvensnummer>
                  </registreringKvittering>
                </arkivmeldingKvittering>
                """.formatted(UUID.randomUUID(), state, caseNumber, UUID.randomUUID(), state, journalNumber);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=UTF-8");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException senderGaveUp) {
            // the sender closed the connection before the late answer came
        } finally {
            exchange.close();
        }
    }

    private static Schema schema(String file) {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(StubArchive.class.getClassLoader().getResource(FOLDER + file));
        } catch (org.xml.sax.SAXException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
