package io.github.learningcities.lcn.indicators.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The built-in methods of one kind as an unmodifiable map from name to method, in a fixed order,
 * each method made on its first use.
 *
 * <p>A method reference or lambda is linked by the JVM the first time its expression runs, which
 * in a short command-line run costs a fraction of a millisecond each; a registry that built all
 * forty-odd built-in methods up front linked every one of them although a run uses two or three.
 * Here {@link #make} holds one expression per name (a {@code switch}), so only the methods a
 * run asks for are linked. Names, order, lookups and equality are those of a map built up front;
 * iterating the entries makes each method as its value is asked for; a method once made is kept
 * (the same instance for every caller).
 *
 * @param <T> the kind of method
 * @since 0.1.0
 */
public abstract class BuiltInMethods<T> extends AbstractMap<String, T> {
  private final List<String> names;
  private final Object[] made;

  /**
   * A map of the given names.
   *
   * @param names the built-in names, in their order
   */
  protected BuiltInMethods(List<String> names) {
    this.names = List.copyOf(names);
    this.made = new Object[this.names.size()];
  }

  /**
   * Makes the method of a name.
   *
   * @param name one of the names
   * @return the method
   */
  protected abstract T make(String name);

  @Override
  public boolean containsKey(Object key) {
    return names.contains(key);
  }

  @Override
  public T get(Object key) {
    int i = names.indexOf(key);
    return i < 0 ? null : method(i);
  }

  @SuppressWarnings("unchecked")
  private synchronized T method(int i) {
    Object m = made[i];
    if (m == null) {
      m = make(names.get(i));
      made[i] = m;
    }
    return (T) m;
  }

  @Override
  public int size() {
    return names.size();
  }

  @Override
  public Set<Map.Entry<String, T>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, T>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < names.size();
          }

          @Override
          public Map.Entry<String, T> next() {
            if (next >= names.size()) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new Entry(i);
          }
        };
      }

      @Override
      public int size() {
        return names.size();
      }
    };
  }

  /** An entry whose method is made when its value is asked for. */
  private final class Entry implements Map.Entry<String, T> {
    private final int index;

    Entry(int index) {
      this.index = index;
    }

    @Override
    public String getKey() {
      return names.get(index);
    }

    @Override
    public T getValue() {
      return method(index);
    }

    @Override
    public T setValue(T value) {
      throw new UnsupportedOperationException("the built-in methods cannot be replaced");
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Map.Entry<?, ?> e && getKey().equals(e.getKey())
          && getValue().equals(e.getValue());
    }

    @Override
    public int hashCode() {
      return getKey().hashCode() ^ getValue().hashCode();
    }

    @Override
    public String toString() {
      return getKey() + "=" + getValue();
    }
  }
}
