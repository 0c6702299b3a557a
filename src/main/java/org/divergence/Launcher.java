package org.divergence; public final class Launcher { public static void main(String[] a){} }
