namespace ThuVien.Marc;

/// <summary>A writer of one MARC serialisation. Dispose (or Complete) finishes the output, e.g. closes a collection element.</summary>
public interface IMarcWriter : IDisposable
{
    /// <summary>Writes one record. Throws <see cref="MarcWriteException"/> when the record cannot be represented.</summary>
    void Write(MarcRecord record);

    /// <summary>Finishes the output (closing elements, flushing) without closing the stream.</summary>
    void Complete();
}
