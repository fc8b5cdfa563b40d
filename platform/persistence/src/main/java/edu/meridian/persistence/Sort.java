package edu.meridian.persistence;

import edu.meridian.web.FieldErrorCode;
import edu.meridian.web.ProblemException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code sort} parameter of a list: field names the list allows, separated by commas, each with {@code -} first
 * for descending ({@code -expiryDate,title}). Each field stands for an expression of the query, so the caller's text
 * never reaches the SQL. Empty values sort last in both directions.
 */
public final class Sort {

    /** One field of the sort, as the query's expression. */
    public record Order(String expression, boolean descending) {
    }

    private final List<Order> orders;

    private Sort(List<Order> orders) {
        this.orders = orders;
    }

    /**
     * @param text    e.g. {@code -createdAt}; blank for the list's default
     * @param allowed each allowed field name and its expression in the query, e.g. {@code title → lower(a.title_en)}
     * @throws ProblemException 400 on the {@code sort} parameter for a field that is not allowed
     */
    public static Sort parse(String text, Map<String, String> allowed) {
        List<Order> orders = new ArrayList<>();
        if (text != null) {
            for (String part : text.split(",")) {
                String field = part.strip();
                if (field.isEmpty()) {
                    continue;
                }
                boolean descending = field.startsWith("-");
                String expression = allowed.get(descending ? field.substring(1) : field);
                if (expression == null) {
                    List<String> fields = allowed.keySet().stream().sorted().toList();
                    throw ProblemException.invalid("sort", FieldErrorCode.ONE_OF,
                            "must be one of " + String.join(", ", fields) + ", optionally with - first",
                            Map.of("allowed", fields));
                }
                orders.add(new Order(expression, descending));
            }
        }
        return new Sort(List.copyOf(orders));
    }

    public List<Order> orders() {
        return orders;
    }

    /**
     * {@code " order by lower(a.title_en) desc nulls last, a.id"}: the sort, then {@code tieBreaker} (a unique column),
     * so that pages never overlap; with a leading space, for appending to the query.
     */
    public String orderBy(String tieBreaker) {
        List<String> terms = new ArrayList<>();
        for (Order order : orders) {
            terms.add(order.expression() + (order.descending() ? " desc nulls last" : " asc nulls last"));
        }
        terms.add(tieBreaker);
        return " order by " + String.join(", ", terms);
    }
}
