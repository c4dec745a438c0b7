namespace CE.Platform.Web.Infrastructure.Startup;

/// <summary>
/// A configuration problem that stops the app before it serves anything. Its message is one line
/// for the operator, naming the setting to fix; Program prints it without a stack trace.
/// </summary>
public sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
