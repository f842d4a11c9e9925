package th.servicepoint.common;

/**
 * The scope of the current request, as the caller's identity or the public address it asked for gives it.
 * Implemented above (security), asked here when a connection is taken outside {@link AgencyScopes#run}.
 */
public interface AgencyScopeSource {

    AgencyScope currentRequest();
}
