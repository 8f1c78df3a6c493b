package ma.innovatice.common.i18n;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import ma.innovatice.account.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue cannot drift from the code: every problem type, every detail and every field
 * message the main sources can produce (found by reading them, expressions and all) is in
 * {@code i18n/server-messages.txt} with its French and Arabic, and the Bean Validation bundles
 * have the same keys in the three languages.
 */
class ServerMessagesCatalogueTest {

    /** A varying part of a message in the code (a variable, a call), as the scan sees it. */
    private static final String HOLE = "\u2063";
    /**
     * Where a message is not English text of the code: written by the caller in the request's language
     * (EvaluationService#incomplete), or passed on from a message scanned where it was written (a
     * problem rewritten or copied, a Bean Validation message, scanned on its annotation).
     */
    private static final Set<String> NOT_WRITTEN_HERE = Set.of(
            "EvaluationService#incomplete", "AttachmentService#refused", "Problem#rewritten",
            "ProblemMappers#constraintViolation");

    private static final Set<String> SLUGS = new TreeSet<>();
    private static final Map<String, Set<String>> TEXTS = new HashMap<>();
    private static final Set<String> UNRESOLVED = new TreeSet<>();
    private static final ServerMessages CATALOGUE = ServerMessages.get();

    /** Methods whose arguments are messages: name to {slug index, message indexes}; -1 for none. */
    private static final Map<String, int[][]> SINKS = new HashMap<>();

    @BeforeAll
    static void scanTheSources() throws IOException {
        SINKS.put("new Problem", new int[][]{{0}, {3}});
        SINKS.put("new FieldError", new int[][]{{}, {1}});
        SINKS.put("ProblemException.conflict", new int[][]{{0}, {2}});
        SINKS.put("ProblemException.notFound", new int[][]{{}, {0}});
        SINKS.put("ProblemException.forbidden", new int[][]{{}, {0}});
        SINKS.put("ProblemException.invalid/2", new int[][]{{}, {1}});
        SINKS.put("ProblemException.staleVersion", new int[][]{{}, {0}});
        SINKS.put("ProblemMappers.malformed", new int[][]{{}, {0}});
        SINKS.put("RequestBodies.refuse", new int[][]{{2}, {4}});
        List<CompilationUnitTree> units = parse();
        Map<String, ExpressionTree> constants = constants(units);
        int sinks;
        do {
            sinks = SINKS.size();
            for (CompilationUnitTree unit : units) {
                new Scanner(constants).scan(unit, null);
            }
        } while (SINKS.size() != sinks);
    }

    @Test
    void shouldGiveEveryProblemTypeATitleInFrenchAndArabic() {
        assertThat(SLUGS).hasSizeGreaterThan(40);
        List<String> missing = SLUGS.stream()
                .filter(slug -> CATALOGUE.entries().stream().noneMatch(e -> e.kind().equals("title") && e.key().equals(slug)
                        && e.texts().containsKey(Language.FR) && e.texts().containsKey(Language.AR)))
                .toList();
        assertThat(missing).as("problem types without a [title] in fr and ar").isEmpty();
    }

    @Test
    void shouldKnowEveryDetailAndFieldMessageOfTheCode() {
        assertThat(TEXTS).hasSizeGreaterThan(200);
        List<String> missing = TEXTS.entrySet().stream()
                .filter(e -> !CATALOGUE.knows(e.getKey().replace(HOLE, "7")))
                .map(e -> e.getKey().replace(HOLE, "{…}") + "   <- " + e.getValue())
                .sorted().toList();
        assertThat(missing).as("messages of the code that the catalogue does not know").isEmpty();
        assertThat(UNRESOLVED).as("messages the scan cannot read; pass a text, or name the method in NOT_WRITTEN_HERE")
                .isEmpty();
    }

    @Test
    void shouldTranslateEveryEntryIntoFrenchAndArabicWithTheSamePlaceholders() {
        Pattern placeholder = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
        List<String> wrong = new ArrayList<>();
        for (ServerMessages.Entry entry : CATALOGUE.entries()) {
            for (Language language : List.of(Language.FR, Language.AR)) {
                String text = entry.texts().get(language);
                if (text == null || text.isBlank()) {
                    wrong.add("line " + entry.line() + ": no " + language);
                } else if (entry.kind().equals("text") && !names(placeholder, text).equals(names(placeholder, entry.texts().get(Language.EN)))) {
                    wrong.add("line " + entry.line() + ": " + language + " has other placeholders than en");
                }
            }
            if (entry.kind().equals("text") && entry.texts().get(Language.EN).replaceAll(placeholder.pattern(), "").isBlank()) {
                wrong.add("line " + entry.line() + ": a pattern needs some fixed text");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldWriteFrenchWithItsTypography() {
        List<String> wrong = new ArrayList<>();
        for (ServerMessages.Entry entry : CATALOGUE.entries()) {
            String french = entry.texts().get(Language.FR);
            if (french == null) {
                continue;
            }
            if (Pattern.compile("[^\\u00A0\\u202F][;?!:](\\s|$)").matcher(french).find() || french.contains(" :")
                    || french.contains("\"") || french.contains("«") && !french.contains("«\u00A0")
                    || french.contains("'")) {
                wrong.add("line " + entry.line() + ": " + french);
            }
        }
        assertThat(wrong).as("no-break space before : ; ? !, « guillemets », ’ apostrophe").isEmpty();
    }

    @Test
    void shouldHaveTheSameBeanValidationKeysInTheThreeLanguages() throws IOException {
        Properties en = bundle("en");
        assertThat(bundle("fr").keySet()).isEqualTo(en.keySet());
        assertThat(bundle("ar").keySet()).isEqualTo(en.keySet());
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher annotation = Pattern.compile("@(NotNull|NotBlank|NotEmpty|Size|Min|Max|Pattern|Email|DecimalMin|DecimalMax)\\b")
                        .matcher(Files.readString(file));
                while (annotation.find()) {
                    used.add("jakarta.validation.constraints." + annotation.group(1) + ".message");
                }
            }
        }
        assertThat(en.keySet()).containsAll(used);
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ServerMessagesCatalogueTest.class.getClassLoader()
                .getResourceAsStream("ValidationMessages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> names(Pattern placeholder, String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = placeholder.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<CompilationUnitTree> parse() throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            sources = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        JavacTask task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null,
                files.getJavaFileObjectsFromPaths(sources));
        List<CompilationUnitTree> units = new ArrayList<>();
        task.parse().forEach(units::add);
        return units;
    }

    /** String constants by {@code Class.NAME} and by {@code NAME}, to read messages kept in constants. */
    private static Map<String, ExpressionTree> constants(List<CompilationUnitTree> units) {
        Map<String, ExpressionTree> constants = new HashMap<>();
        for (CompilationUnitTree unit : units) {
            for (Tree type : unit.getTypeDecls()) {
                if (type instanceof ClassTree klass) {
                    for (Tree member : klass.getMembers()) {
                        if (member instanceof VariableTree field && field.getInitializer() != null
                                && field.getModifiers().getFlags().contains(javax.lang.model.element.Modifier.FINAL)) {
                            constants.put(klass.getSimpleName() + "." + field.getName(), field.getInitializer());
                            constants.putIfAbsent(klass.getSimpleName() + "#" + field.getName(), field.getInitializer());
                        }
                    }
                }
            }
        }
        return constants;
    }

    private static final class Scanner extends TreePathScanner<Void, Void> {

        private final Map<String, ExpressionTree> constants;
        private String className = "";
        private MethodTree method;
        private final Map<String, ExpressionTree> locals = new HashMap<>();

        Scanner(Map<String, ExpressionTree> constants) {
            this.constants = constants;
        }

        @Override
        public Void visitClass(ClassTree node, Void unused) {
            String outer = className;
            if (className.isEmpty()) {
                className = node.getSimpleName().toString();
            }
            super.visitClass(node, unused);
            className = outer;
            return null;
        }

        @Override
        public Void visitMethod(MethodTree node, Void unused) {
            MethodTree outer = method;
            method = node;
            locals.clear();
            if (node.getDefaultValue() instanceof ExpressionTree value && node.getName().contentEquals("message")) {
                texts(value, className + "#message");
            }
            super.visitMethod(node, unused);
            method = outer;
            return null;
        }

        @Override
        public Void visitVariable(VariableTree node, Void unused) {
            if (method != null && node.getInitializer() != null) {
                locals.put(node.getName().toString(), node.getInitializer());
            }
            return super.visitVariable(node, unused);
        }

        @Override
        public Void visitAnnotation(AnnotationTree node, Void unused) {
            for (ExpressionTree argument : node.getArguments()) {
                if (argument instanceof AssignmentTree assignment && assignment.getVariable().toString().equals("message")) {
                    texts(assignment.getExpression(), className + " @" + node.getAnnotationType());
                }
            }
            return super.visitAnnotation(node, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree node, Void unused) {
            sink("new " + node.getIdentifier().toString().replaceAll(".*\\.", ""), node.getArguments());
            return super.visitNewClass(node, unused);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Void unused) {
            ExpressionTree select = node.getMethodSelect();
            String name;
            if (select instanceof MemberSelectTree member) {
                String receiver = member.getExpression().toString();
                name = (receiver.equals("this") ? className : receiver) + "." + member.getIdentifier();
            } else {
                name = className + "." + ((IdentifierTree) select).getName();
                if (!SINKS.containsKey(name) && !SINKS.containsKey(name + "/" + node.getArguments().size())) {
                    name = ((IdentifierTree) select).getName().toString();
                }
            }
            sink(name, node.getArguments());
            return super.visitMethodInvocation(node, unused);
        }

        private void sink(String name, List<? extends ExpressionTree> arguments) {
            int[][] sink = SINKS.get(name + "/" + arguments.size());
            if (sink == null) {
                sink = SINKS.get(name);
            }
            if (sink == null || arguments.size() <= max(sink)) {
                return;
            }
            String where = className + "#" + (method == null ? "" : method.getName());
            for (int index : NOT_WRITTEN_HERE.contains(where) ? new int[0] : sink[0]) {
                for (String slug : shapes(arguments.get(index), where, 0)) {
                    if (slug.contains(HOLE)) {
                        forward(arguments.get(index), 0, where);
                    } else {
                        SLUGS.add(slug);
                    }
                }
            }
            for (int index : sink[1]) {
                texts(arguments.get(index), where);
            }
        }

        private static int max(int[][] sink) {
            int max = -1;
            for (int[] indexes : sink) {
                for (int index : indexes) {
                    max = Math.max(max, index);
                }
            }
            return max;
        }

        private void texts(ExpressionTree expression, String where) {
            if (NOT_WRITTEN_HERE.contains(where)) {
                return;
            }
            for (String shape : shapes(expression, where, 0)) {
                if (shape.replace(HOLE, "").isBlank()) {
                    forward(expression, 1, where);
                } else {
                    TEXTS.computeIfAbsent(shape, k -> new LinkedHashSet<>()).add(where);
                }
            }
        }

        /** A message that is a parameter of the enclosing method: that method's callers are scanned too. */
        private void forward(ExpressionTree expression, int kind, String where) {
            ExpressionTree bare = expression;
            while (bare instanceof ParenthesizedTree parenthesized) {
                bare = parenthesized.getExpression();
            }
            if (method != null && bare instanceof IdentifierTree identifier) {
                List<? extends VariableTree> parameters = method.getParameters();
                for (int i = 0; i < parameters.size(); i++) {
                    if (parameters.get(i).getName().contentEquals(identifier.getName())) {
                        String name = className + "." + method.getName() + "/" + parameters.size();
                        int[][] sink = SINKS.computeIfAbsent(name, k -> new int[][]{{}, {}});
                        int[] indexes = sink[kind];
                        if (java.util.Arrays.stream(indexes).noneMatch(x -> x == 0 + indexOf(parameters, identifier))) {
                            int[] more = java.util.Arrays.copyOf(indexes, indexes.length + 1);
                            more[indexes.length] = indexOf(parameters, identifier);
                            sink[kind] = more;
                        }
                        return;
                    }
                }
            }
            UNRESOLVED.add(where + ": " + expression);
        }

        private static int indexOf(List<? extends VariableTree> parameters, IdentifierTree identifier) {
            for (int i = 0; i < parameters.size(); i++) {
                if (parameters.get(i).getName().contentEquals(identifier.getName())) {
                    return i;
                }
            }
            return -1;
        }

        /** Every text an expression can be, its varying parts as {@link #HOLE}. */
        private List<String> shapes(ExpressionTree expression, String where, int depth) {
            if (depth > 8) {
                return List.of(HOLE);
            }
            if (expression instanceof LiteralTree literal) {
                return List.of(literal.getValue() instanceof String text ? text : HOLE);
            }
            if (expression instanceof ParenthesizedTree parenthesized) {
                return shapes(parenthesized.getExpression(), where, depth + 1);
            }
            if (expression instanceof ConditionalExpressionTree conditional) {
                List<String> both = new ArrayList<>(shapes(conditional.getTrueExpression(), where, depth + 1));
                both.addAll(shapes(conditional.getFalseExpression(), where, depth + 1));
                return both;
            }
            if (expression instanceof BinaryTree binary && binary.getKind() == Tree.Kind.PLUS) {
                List<String> joined = new ArrayList<>();
                for (String left : shapes(binary.getLeftOperand(), where, depth + 1)) {
                    for (String right : shapes(binary.getRightOperand(), where, depth + 1)) {
                        joined.add((left + right).replaceAll(HOLE + "+", HOLE));
                    }
                }
                return joined;
            }
            if (expression instanceof SwitchExpressionTree switchExpression) {
                List<String> all = new ArrayList<>();
                for (CaseTree branch : switchExpression.getCases()) {
                    Tree body = branch.getBody();
                    if (body instanceof ExpressionStatementTree statement) {
                        body = statement.getExpression();
                    }
                    if (body instanceof YieldTree yield) {
                        body = yield.getValue();
                    }
                    all.addAll(body instanceof ExpressionTree value ? shapes(value, where, depth + 1) : List.of(HOLE));
                }
                return all;
            }
            if (expression instanceof IdentifierTree identifier) {
                String name = identifier.getName().toString();
                boolean parameter = method != null && method.getParameters().stream().anyMatch(p -> p.getName().contentEquals(name));
                if (!parameter && locals.containsKey(name) && constantLike(locals.get(name))) {
                    return shapes(locals.get(name), where, depth + 1);
                }
                ExpressionTree constant = constants.get(className + "." + name);
                if (!parameter && constant != null) {
                    return shapes(constant, where, depth + 1);
                }
            }
            if (expression instanceof MemberSelectTree member && constants.containsKey(member.toString())) {
                return shapes(constants.get(member.toString()), where, depth + 1);
            }
            return List.of(HOLE);
        }

        private static boolean constantLike(ExpressionTree expression) {
            return expression instanceof LiteralTree || expression instanceof BinaryTree
                    || expression instanceof SwitchExpressionTree
                    || expression instanceof ConditionalExpressionTree || expression instanceof ParenthesizedTree;
        }
    }
}
