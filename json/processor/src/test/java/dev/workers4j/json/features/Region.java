package dev.workers4j.json.features;

public enum Region { EU, US, APAC }
