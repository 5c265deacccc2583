package dev.workers4j.json;

import java.math.BigDecimal;

/**
 * Decimal text to float, the same on every runtime. Two traps: TeaVM's {@code (float) d} does not
 * round (floats are JS numbers), and its Float.parseFloat keeps nine digits, so neither can be
 * used. Instead: round the correctly rounded double to float through the bits (a Float32Array
 * under TeaVM), and when that double sits exactly halfway between two floats (rounding twice
 * could then go the wrong way) let the exact decimal decide.
 */
public final class Floats {
  private Floats() {}

  /** The float nearest to d, ties to even; exact on every runtime. */
  public static float round(double d) {
    return Float.intBitsToFloat(Float.floatToIntBits((float) d));
  }

  /** True when d is exactly halfway between f (its rounding) and f's other neighbour. */
  public static boolean isRoundingTie(double d, float f) {
    if ((double) f == d || Float.isInfinite(f) || Double.isInfinite(d)) return false;
    double other = d > f ? next(f, true) : next(f, false);
    return d - f == other - d; // both differences are exact (Sterbenz)
  }

  /**
   * The float a JSON number means when its correctly rounded double is all that is known (a
   * parsed tree), or NaN when that double cannot decide it: beyond float's range of doubles, or a
   * rounding tie that only the decimal text settles.
   */
  public static float fromNearestDouble(double nearest) {
    float f = round(nearest);
    return Double.isInfinite(nearest) || isRoundingTie(nearest, f) ? Float.NaN : f;
  }

  /** The float a JSON number means: {@code text} is the number, {@code nearest} its correctly rounded double. */
  static float fromDecimal(String text, double nearest) {
    float f = round(nearest);
    if (!isRoundingTie(nearest, f)) return f;
    int side = new BigDecimal(text).compareTo(new BigDecimal(nearest));
    if (side == 0) return f; // truly halfway: ties to even, as round() did
    boolean wantAbove = side > 0; // the decimal lies above the halfway point
    boolean fIsAbove = f > nearest;
    return wantAbove == fIsAbove ? f : next(f, wantAbove);
  }

  /** The adjacent float towards +infinity (up) or -infinity, by bits (TeaVM's Math.nextUp(float) works in doubles). */
  private static float next(float f, boolean up) {
    if (f == 0) return up ? Float.MIN_VALUE : -Float.MIN_VALUE;
    int bits = Float.floatToIntBits(f);
    return Float.intBitsToFloat(up == f > 0 ? bits + 1 : bits - 1);
  }
}
