package org.zhedition.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.node.ExtendsNode;
import io.pebbletemplates.pebble.node.IfNode;
import io.pebbletemplates.pebble.node.ImportNode;
import io.pebbletemplates.pebble.node.IncludeNode;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.node.expression.ContextVariableExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.LiteralStringExpression;
import io.pebbletemplates.pebble.node.expression.UnaryExpression;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each compiled template refers to, read from Pebble's own syntax tree as it compiles a
 * template: the templates it extends, includes and imports (when named by a literal), and the
 * variables each {@code {% if %}} tests. {@link Templates} uses them to report a missing or
 * circular include at the line that names it, before any page is rendered, and to say which
 * variable an {@code {% if %}} does not know.
 */
final class TemplateReferences extends AbstractExtension {
    /** One {@code {% extends %}}, {@code {% include %}} or {@code {% import %}} of a named template. */
    record Reference(String tag, String name, int line) {
    }

    private final Map<String, List<Reference>> references = new ConcurrentHashMap<>();
    /** Variables tested by the {@code {% if %}} on a line: "template:line" → names. */
    private final Map<String, Set<String>> conditions = new ConcurrentHashMap<>();

    /** The references of template {@code name}, in order; empty until it is compiled. */
    List<Reference> of(String name) {
        return references.getOrDefault(name, List.of());
    }

    /** Whether template {@code name} has been compiled. */
    boolean compiled(String name) {
        return references.containsKey(name);
    }

    /** The variables tested by an {@code {% if %}} on {@code line} of {@code template}. */
    Set<String> conditionVariables(String template, int line) {
        return conditions.getOrDefault(template + ":" + line, Set.of());
    }

    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(this::visitor);
    }

    private NodeVisitor visitor(PebbleTemplate template) {
        String name = template.getName();
        List<Reference> found = new ArrayList<>();
        references.put(name, found);
        return new AbstractNodeVisitor((PebbleTemplateImpl) template) {
            @Override
            public void visit(ExtendsNode node) {
                add("extends", node.getParentExpression(), node.getLineNumber());
                super.visit(node);
            }

            @Override
            public void visit(IncludeNode node) {
                add("include", node.getIncludeExpression(), node.getLineNumber());
                super.visit(node);
            }

            @Override
            public void visit(ImportNode node) {
                add("import", node.getImportExpression(), node.getLineNumber());
                super.visit(node);
            }

            @Override
            public void visit(IfNode node) {
                Set<String> names = new LinkedHashSet<>();
                node.getConditionsWithBodies().forEach(p -> variables(p.getLeft(), names));
                conditions.computeIfAbsent(name + ":" + node.getLineNumber(), k -> ConcurrentHashMap.newKeySet()).addAll(names);
                super.visit(node);
            }

            private void add(String tag, Expression<?> e, int line) {
                if (e instanceof LiteralStringExpression s) {
                    synchronized (found) {
                        found.add(new Reference(tag, s.getValue(), line));
                    }
                }
            }
        };
    }

    private static void variables(Expression<?> e, Set<String> out) {
        if (e instanceof ContextVariableExpression v) {
            out.add(v.getName());
        } else if (e instanceof BinaryExpression<?> b) {
            variables(b.getLeftExpression(), out);
            variables(b.getRightExpression(), out);
        } else if (e instanceof UnaryExpression u) {
            variables(u.getChildExpression(), out);
        }
    }
}
