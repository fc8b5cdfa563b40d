package edu.meridian.programmes.call;

/** Which way people go, as partners' cooperation conditions name it. */
public enum Direction { outbound, inbound }
