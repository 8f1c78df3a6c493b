package ma.innovatice.common.api;

import java.util.List;

/**
 * One page of a list: the items, the page number from 0, its size and the total count. It is a
 * {@link ValueAnswer} when its items are.
 */
public record Page<T>(List<T> items, int page, int size, long total) implements ValueAnswer {
}
