namespace ThuVien.Marc;

/// <summary>A record cannot be written in the requested format (e.g. a field longer than ISO 2709 allows).</summary>
public sealed class MarcWriteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public MarcWriteException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public MarcWriteException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public MarcWriteException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
