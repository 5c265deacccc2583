package dev.workers4j.runtime.js.compile;

/** The class library's own classes (the JDK's names, TeaVM's): the build checks leave them alone. */
final class ClassLibrary {
  private ClassLibrary() {}

  static boolean contains(String className) {
    return className.startsWith("java.") || className.startsWith("javax.") || className.startsWith("jdk.")
        || className.startsWith("sun.") || className.startsWith("org.teavm.");
  }
}
