package edu.meridian.programmes.call;

/** What people go for, as partners' cooperation conditions name it. */
public enum MobilityType { student_study, student_traineeship, staff_teaching, staff_training }
