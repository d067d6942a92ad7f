package dev.retort.graph;

import java.util.Arrays;

/** A growable stack (and list) of ints, to walk large graphs without recursion or boxing. */
final class IntStack {
    private int[] values = new int[16];
    private int size;

    void push(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void pushAll(int[] more) {
        for (int value : more) {
            push(value);
        }
    }

    int pop() {
        return values[--size];
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }

    void set(int index, int value) {
        values[index] = value;
    }

    void removeAt(int index) {
        System.arraycopy(values, index + 1, values, index, size - index - 1);
        size--;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
