<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>Saving failed (%1): %2</source>
        <translation>No se pudo guardar (%1): %2</translation>
    </message>
    <message>
        <source>Unknown kind of record &quot;%1&quot;.</source>
        <translation>Tipo de registro desconocido «%1».</translation>
    </message>
    <message>
        <source>Invalid record id &quot;%1&quot;.</source>
        <translation>Identificador de registro no válido «%1».</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot;.</source>
        <translation>Un %1 no tiene el campo «%2».</translation>
    </message>
    <message>
        <source>A new %1 needs a value for &quot;%2&quot;.</source>
        <translation>Un %1 nuevo necesita un valor para «%2».</translation>
    </message>
    <message>
        <source>Saving failed: the database is busy or read-only (%1).</source>
        <translation>No se pudo guardar: la base de datos está ocupada o es de solo lectura (%1).</translation>
    </message>
    <message>
        <source>Saving failed (injected fault).</source>
        <translation>No se pudo guardar (fallo inyectado).</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1.</source>
        <translation>No se puede crear el archivo de base de datos %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>No se puede abrir la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a K12 Teacher database (it cannot be read).</source>
        <translation>El archivo %1 no es una base de datos de K12 Teacher (no se puede leer).</translation>
    </message>
    <message>
        <source>The database %1 was created by a newer version of K12 Teacher (schema %2; this version knows up to %3). It was left untouched; please update K12 Teacher.</source>
        <translation>La base de datos %1 fue creada por una versión más reciente de K12 Teacher (esquema %2; esta versión conoce hasta el %3). No se ha modificado; actualice K12 Teacher.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>No se puede configurar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1: %2</source>
        <translation>No se puede actualizar la base de datos %1: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the database %1 to schema %2: %3</source>
        <translation>No se puede actualizar la base de datos %1 al esquema %2: %3</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>No hay ninguna transacción abierta.</translation>
    </message>
    <message>
        <source>Cannot read the outbox.</source>
        <translation>No se puede leer la cola de envío.</translation>
    </message>
    <message>
        <source>Cannot store a %1 from the server: %2</source>
        <translation>No se puede guardar un %1 recibido del servidor: %2</translation>
    </message>
    <message>
        <source>Cannot record the server&apos;s revision: %1</source>
        <translation>No se puede registrar la revisión del servidor: %1</translation>
    </message>
    <message>
        <source>Cannot queue the change for the server: %1</source>
        <translation>No se puede poner el cambio en cola para el servidor: %1</translation>
    </message>
    <message>
        <source>Cannot store a %1 from the server: it came without %2, and this computer does not have the rest of it yet.</source>
        <translation>No se puede guardar un %1 recibido del servidor: llegó sin %2, y este equipo todavía no tiene el resto.</translation>
    </message>
    <message>
        <source>Cannot compare with the backup: %1</source>
        <translation>No se puede comparar con la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Cannot open the backup %1: %2</source>
        <translation>No se puede abrir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1 to flush it.</source>
        <translation>No se puede abrir %1 para vaciarlo al disco.</translation>
    </message>
    <message>
        <source>Cannot flush %1 to disk.</source>
        <translation>No se puede escribir %1 en el disco.</translation>
    </message>
    <message>
        <source>The file cannot be read as a database.</source>
        <translation>El archivo no se puede leer como base de datos.</translation>
    </message>
    <message>
        <source>The file is not a K12 Teacher database (no schema version).</source>
        <translation>El archivo no es una base de datos de K12 Teacher (no tiene versión de esquema).</translation>
    </message>
    <message>
        <source>The backup has schema %1, newer than this version of K12 Teacher knows (%2).</source>
        <translation>La copia de seguridad tiene el esquema %1, más reciente de lo que conoce esta versión de K12 Teacher (%2).</translation>
    </message>
    <message>
        <source>%1 found: %2</source>
        <translation>%1 encontró: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Unknown backup reason &quot;%1&quot;.</source>
        <translation>Motivo de copia de seguridad desconocido «%1».</translation>
    </message>
    <message>
        <source>There is no database to back up in %1.</source>
        <translation>No hay ninguna base de datos que respaldar en %1.</translation>
    </message>
    <message>
        <source>Cannot create the backup file in %1.</source>
        <translation>No se puede crear el archivo de copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>The backup could not be made: %1</source>
        <translation>No se pudo hacer la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>the copy cannot be read back</source>
        <translation>la copia no se puede volver a leer</translation>
    </message>
    <message>
        <source>cannot rename the copy into place</source>
        <translation>no se puede renombrar la copia en su lugar</translation>
    </message>
    <message>
        <source>The backup %1 was written but cannot be found.</source>
        <translation>La copia de seguridad %1 se escribió pero no se encuentra.</translation>
    </message>
    <message>
        <source>There is no backup &quot;%1&quot;.</source>
        <translation>No existe la copia de seguridad «%1».</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>La copia de seguridad %1 está dañada: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La copia de seguridad %1 no se puede restaurar: %2</translation>
    </message>
    <message>
        <source>The database is in use (is K12 Teacher open?). Close it and restore again.</source>
        <translation>La base de datos está en uso (¿está abierto K12 Teacher?). Ciérrelo y vuelva a restaurar.</translation>
    </message>
    <message>
        <source>Cannot copy the backup %1 into place.</source>
        <translation>No se puede copiar la copia de seguridad %1 en su lugar.</translation>
    </message>
    <message>
        <source>Cannot keep the current database before the restore.</source>
        <translation>No se puede conservar la base de datos actual antes de restaurar.</translation>
    </message>
    <message>
        <source>Cannot put the backup %1 in place of the database.</source>
        <translation>No se puede poner la copia de seguridad %1 en lugar de la base de datos.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot rebuild the search index: %1</source>
        <translation>No se puede reconstruir el índice de búsqueda: %1</translation>
    </message>
    <message>
        <source>%1 (guardian of %2)</source>
        <translation>%1 (tutor/a de %2)</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>The database %1 was not upgraded: %2</source>
        <translation>La base de datos %1 no se actualizó: %2</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the text function of the search index is missing.</source>
        <translation>No se puede abrir la base de datos %1: falta la función de texto del índice de búsqueda.</translation>
    </message>
    <message>
        <source>Cannot update the held rows: %1</source>
        <translation>No se pueden actualizar las filas retenidas: %1</translation>
    </message>
    <message>
        <source>Cannot read a row: %1</source>
        <translation>No se puede leer una fila: %1</translation>
    </message>
    <message>
        <source>Cannot count a class&apos;s rows: %1</source>
        <translation>No se pueden contar las filas de una clase: %1</translation>
    </message>
    <message>
        <source>Nothing was changed, because the backup before it failed: %1</source>
        <translation>No se cambió nada, porque falló la copia de seguridad previa: %1</translation>
    </message>
    <message>
        <source>Cannot read the class&apos;s rows: %1</source>
        <translation>No se pueden leer las filas de la clase: %1</translation>
    </message>
    <message>
        <source>Cannot recount the gradebook&apos;s cells: %1</source>
        <translation>No se pueden volver a contar las celdas del libro de calificaciones: %1</translation>
    </message>
    <message>
        <source>Cannot read a class: %1</source>
        <translation>No se puede leer una clase: %1</translation>
    </message>
    <message>
        <source>Saving failed (cell counts): %1</source>
        <translation>No se pudo guardar (recuentos de celdas): %1</translation>
    </message>
</context>
<context>
    <name>RolloverPlanner</name>
    <message>
        <source>Name the new term.</source>
        <translation>Ponga nombre al nuevo ciclo.</translation>
    </message>
    <message>
        <source>Choose at least one class to roll over.</source>
        <translation>Elija al menos una clase para pasar al nuevo ciclo.</translation>
    </message>
    <message>
        <source>Give either a shift in days or a start date, not both.</source>
        <translation>Indique un desplazamiento en días o una fecha de inicio, no ambos.</translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Esa clase ya no existe.</translation>
    </message>
    <message>
        <source>%1 (%2) is archived already; restore it to roll it over.</source>
        <translation>%1 (%2) ya está archivada; desarchívela para pasarla al nuevo ciclo.</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation>%1 ya está en %2.</translation>
    </message>
    <message>
        <source>%1 already has a class in %2.</source>
        <translation>%1 ya tiene una clase en %2.</translation>
    </message>
</context>
<context>
    <name>k12::AccountDialog</name>
    <message>
        <source>Sign &amp;Out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Signing out keeps everything on this computer. Changes not sent yet wait until you sign in again.</source>
        <translation>Al cerrar sesión todo se conserva en este equipo. Los cambios aún no enviados esperan hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>https://k12.your-school.org</source>
        <translation>https://k12.su-escuela.org</translation>
    </message>
    <message>
        <source>you@your-school.org</source>
        <translation>usted@su-escuela.org</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain is available on this computer:&lt;/b&gt; you will have to sign in each time. Your grades stay on this computer meanwhile.</source>
        <translation>&lt;b&gt;Este equipo no tiene un llavero disponible:&lt;/b&gt; tendrá que iniciar sesión cada vez. Mientras tanto, sus calificaciones se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Sesión iniciada como &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;%1&lt;/b&gt; (%2).</source>
        <translation>Sesión iniciada como &lt;b&gt;%1&lt;/b&gt; (%2).</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Servidor: %1</translation>
    </message>
    <message>
        <source>Online; %1.</source>
        <translation>En línea; %1.</translation>
    </message>
    <message>
        <source>The server cannot be reached now; your changes are kept on this computer.</source>
        <translation>No se puede contactar con el servidor ahora; sus cambios se conservan en este equipo.</translation>
    </message>
    <message>
        <source>The server is unavailable now; your changes are kept on this computer.</source>
        <translation>El servidor no está disponible ahora; sus cambios se conservan en este equipo.</translation>
    </message>
    <message>
        <source>You are signed out of %1. Sign in again to sync; until then everything stays on this computer.</source>
        <translation>Se cerró su sesión en %1. Vuelva a iniciar sesión para sincronizar; mientras tanto, todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s K12 server to keep your classes on all your devices. Until then, everything stays on this computer.</source>
        <translation>Inicie sesión en el servidor K12 de su escuela para tener sus clases en todos sus dispositivos. Mientras tanto, todo se queda en este equipo.</translation>
    </message>
    <message>
        <source>Signing in to %1...</source>
        <translation>Iniciando sesión en %1...</translation>
    </message>
    <message>
        <source>Signed in. Your changes are being sent now.</source>
        <translation>Sesión iniciada. Sus cambios se están enviando.</translation>
    </message>
    <message>
        <source>Signed out. Everything stays on this computer.</source>
        <translation>Sesión cerrada. Todo se queda en este equipo.</translation>
    </message>
</context>
<context>
    <name>k12::ApiClient</name>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>No se pudo leer la respuesta del servidor (%1).</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1).</source>
        <translation>No se puede contactar con el servidor (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The server asks to slow down; trying again in %n second(s).</source>
        <translation>
            <numerusform>El servidor pide ir más despacio; se reintentará en %n segundo.</numerusform>
            <numerusform>El servidor pide ir más despacio; se reintentará en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The email or password is not right.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>Your session with the server has ended; please sign in again.</source>
        <translation>Su sesión con el servidor ha terminado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server had a problem (%1). Your changes are kept and will be sent later.</source>
        <translation>El servidor tuvo un problema (%1). Sus cambios se conservan y se enviarán más tarde.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>El servidor rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (solicitud %2)</translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>El servidor no respondió en %n segundo.</numerusform>
            <numerusform>El servidor no respondió en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ArchiveGuard</name>
    <message>
        <source>%1 is archived; restore it to change it.</source>
        <translation>%1 está archivada; desarchívela para modificarla.</translation>
    </message>
</context>
<context>
    <name>k12::ArchivedSection</name>
    <message>
        <source>&lt;b&gt;Archived&lt;/b&gt;</source>
        <translation>&lt;b&gt;Archivadas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Archived classes by term</source>
        <translation>Clases archivadas por ciclo</translation>
    </message>
    <message>
        <source>No term</source>
        <translation>Sin ciclo</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Archived: opens read-only. Class &gt; Unarchive Class restores it.</source>
        <translation>Archivada: se abre en solo lectura. Clase &gt; Desarchivar clase la restaura.</translation>
    </message>
</context>
<context>
    <name>k12::AssignmentActions</name>
    <message>
        <source>Add Assignment</source>
        <translation>Agregar tarea</translation>
    </message>
    <message>
        <source>Edit Assignment</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>Delete Assignment</source>
        <translation>Eliminar tarea</translation>
    </message>
    <message numerus="yes">
        <source>Publish %n Assignment(s)</source>
        <translation>
            <numerusform>Publicar %n tarea</numerusform>
            <numerusform>Publicar %n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hide %n Assignment(s)</source>
        <translation>
            <numerusform>Ocultar %n tarea</numerusform>
            <numerusform>Ocultar %n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed by its formula and holds no assignments; put the assignment in one of its periods.</source>
        <translation>«%1» se calcula con su fórmula y no contiene tareas; ponga la tarea en uno de sus periodos.</translation>
    </message>
</context>
<context>
    <name>k12::AssignmentDialog</name>
    <message>
        <source>Due</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Visible to students</source>
        <translation>Visible para los estudiantes</translation>
    </message>
    <message>
        <source>New Assignment</source>
        <translation>Nueva tarea</translation>
    </message>
    <message>
        <source>e.g. Quiz 3</source>
        <translation>p. ej. Prueba 3</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <source>0 points possible makes the assignment extra credit.</source>
        <translation>Con 0 puntos posibles, la tarea es crédito extra.</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Letter grades</source>
        <translation>Calificación con letras</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Points possible:</source>
        <translation>&amp;Puntos posibles:</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Fecha de entrega:</translation>
    </message>
    <message>
        <source>&amp;Graded with:</source>
        <translation>&amp;Calificada con:</translation>
    </message>
    <message>
        <source>Edit Assignment</source>
        <translation>Editar tarea</translation>
    </message>
    <message>
        <source>Grading p&amp;eriod:</source>
        <translation>P&amp;eriodo de calificaciones:</translation>
    </message>
    <message>
        <source>By due date: the assignment counts in the period containing its due date.</source>
        <translation>Por fecha de entrega: la tarea cuenta en el periodo que contiene su fecha de entrega.</translation>
    </message>
    <message>
        <source>By due date</source>
        <translation>Por fecha de entrega</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de entrega</translation>
    </message>
</context>
<context>
    <name>k12::AssignmentGradesModel</name>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Editar comentario</translation>
    </message>
    <message>
        <source>Mark Missing</source>
        <translation>Marcar como no entregado</translation>
    </message>
    <message>
        <source>Mark Late</source>
        <translation>Marcar como tarde</translation>
    </message>
    <message>
        <source>Mark Excused</source>
        <translation>Marcar como justificado</translation>
    </message>
</context>
<context>
    <name>k12::AssignmentRepository</name>
    <message>
        <source>This class has no assignment &quot;%1&quot;.</source>
        <translation>Esta clase no tiene la tarea «%1».</translation>
    </message>
    <message>
        <source>Several assignments are titled &quot;%1&quot;; use the assignment id.</source>
        <translation>Hay varias tareas con el título «%1»; use el id de la tarea.</translation>
    </message>
</context>
<context>
    <name>k12::AtRiskModel</name>
    <message>
        <source>below %1 %</source>
        <translation>por debajo del %1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n no entregada</numerusform>
            <numerusform>%n no entregadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not known: no earlier grade on this device</source>
        <translation>Desconocido: no hay una calificación anterior en este dispositivo</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>% final</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>No entregadas</translation>
    </message>
    <message numerus="yes">
        <source>Change (%n days)</source>
        <translation>
            <numerusform>Cambio (%n día)</numerusform>
            <numerusform>Cambio (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <source>down %1 points in %n day(s)</source>
        <translation>
            <numerusform>bajó %1 puntos en %n día</numerusform>
            <numerusform>bajó %1 puntos en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::AutoMissingNotice</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Could not mark missing work: %1</source>
        <translation>No se pudieron marcar los trabajos no entregados: %1</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n score(s) missing</source>
        <translation>
            <numerusform>Se marcó %n puntuación como no entregada</numerusform>
            <numerusform>Se marcaron %n puntuaciones como no entregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n assignment(s) past their due date.</source>
        <translation>
            <numerusform>en %n tarea con la fecha de entrega vencida.</numerusform>
            <numerusform>en %n tareas con la fecha de entrega vencida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Grades were changed after the missing marks: use Edit &gt; Undo to go back step by step.</source>
        <translation>Se cambiaron calificaciones después de marcar los no entregados: use Editar &gt; Deshacer para volver paso a paso.</translation>
    </message>
</context>
<context>
    <name>k12::BackupCommands</name>
    <message>
        <source>There is no K12 Teacher database in %1.</source>
        <translation>No hay ninguna base de datos de K12 Teacher en %1.</translation>
    </message>
    <message>
        <source>Back up the profile&apos;s database now and print the new backup&apos;s id (nothing else).</source>
        <translation>Hace ahora una copia de seguridad de la base de datos del perfil y muestra el id de la nueva copia (nada más).</translation>
    </message>
    <message>
        <source>List the profile&apos;s backups, newest first.</source>
        <translation>Lista las copias de seguridad del perfil, de la más reciente a la más antigua.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Check a backup: SQLite&apos;s integrity_check and quick_check on the copy and its schema version. Exits 0 when it is good; otherwise the problem is printed on stderr.</source>
        <translation>Comprueba una copia de seguridad: integrity_check y quick_check de SQLite sobre la copia y su versión de esquema. Sale con 0 si está bien; si no, el problema se muestra en stderr.</translation>
    </message>
    <message>
        <source>The backup&apos;s id (see &quot;backup list&quot;).</source>
        <translation>El id de la copia de seguridad (vea «backup list»).</translation>
    </message>
    <message>
        <source>%1: ok (schema %2)</source>
        <translation>%1: correcta (esquema %2)</translation>
    </message>
    <message>
        <source>Replace the profile&apos;s database with a backup. The current database is backed up first (reason before-restore): restoring that one undoes the restore. Close the app first. The next sync pulls what the server has since the backup and re-sends what only the backup holds.</source>
        <translation>Reemplaza la base de datos del perfil por una copia de seguridad. Antes se hace una copia de la base de datos actual (motivo before-restore): restaurar esa copia deshace la restauración. Cierre primero la aplicación. La siguiente sincronización trae lo que el servidor tiene desde la copia y vuelve a enviar lo que solo tiene la copia.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Se restauró %1.</translation>
    </message>
    <message>
        <source>Back up the profile&apos;s database now; prints the new backup&apos;s id.</source>
        <translation>Hace ahora una copia de seguridad de la base de datos del perfil; muestra el id de la nueva copia.</translation>
    </message>
    <message>
        <source>List the backups (id, date, reason, size).</source>
        <translation>Lista las copias de seguridad (id, fecha, motivo, tamaño).</translation>
    </message>
    <message>
        <source>Check a backup&apos;s integrity and schema.</source>
        <translation>Comprueba la integridad y el esquema de una copia de seguridad.</translation>
    </message>
    <message>
        <source>Replace the database with a backup (undoable).</source>
        <translation>Reemplaza la base de datos por una copia de seguridad (se puede deshacer).</translation>
    </message>
</context>
<context>
    <name>k12::BackupsDialog</name>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Hecha por usted</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a new term</source>
        <translation>Antes de un nuevo ciclo</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>K12 Teacher backs up your data every day and before upgrades, imports, a new term and restores. It keeps 7 daily, 4 weekly and 12 monthly backups.</source>
        <translation>K12 Teacher hace una copia de seguridad de sus datos cada día y antes de actualizaciones, importaciones, un nuevo ciclo y restauraciones. Conserva 7 copias diarias, 4 semanales y 12 mensuales.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobada</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Restore...</source>
        <translation>Restaurar...</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Dañada</translation>
    </message>
    <message>
        <source>Backed up (%1).</source>
        <translation>Copia de seguridad hecha (%1).</translation>
    </message>
    <message>
        <source>The backup is good: every check passed.</source>
        <translation>La copia de seguridad está bien: pasó todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Before a class was deleted</source>
        <translation>Antes de eliminar una clase</translation>
    </message>
</context>
<context>
    <name>k12::BulkEdits</name>
    <message>
        <source>&quot;%1&quot; is graded in points; a letter cannot be set there.</source>
        <translation>«%1» se califica con puntos; no se le puede poner una letra.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>pasted cells</source>
        <translation>celdas pegadas</translation>
    </message>
    <message>
        <source>The clipboard holds no cells to paste.</source>
        <translation>El portapapeles no contiene celdas para pegar.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted block is %n column(s) wide; from the selected cell there are only %1 assignment column(s). Select the top-left cell where it should go.</source>
        <translation>
            <numerusform>El bloque pegado tiene %n columna de ancho; desde la celda seleccionada solo hay %1 columna(s) de tareas. Seleccione la celda superior izquierda donde debe ir.</numerusform>
            <numerusform>El bloque pegado tiene %n columnas de ancho; desde la celda seleccionada solo hay %1 columna(s) de tareas. Seleccione la celda superior izquierda donde debe ir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted row %1: no student &quot;%2&quot; in this class.</source>
        <translation>Fila pegada %1: no hay ningún estudiante «%2» en esta clase.</translation>
    </message>
    <message numerus="yes">
        <source>The pasted block is %n row(s) tall but only %1 student(s) are below the selected cell.</source>
        <translation>
            <numerusform>El bloque pegado tiene %n fila de alto, pero debajo de la celda seleccionada solo hay %1 estudiante(s).</numerusform>
            <numerusform>El bloque pegado tiene %n filas de alto, pero debajo de la celda seleccionada solo hay %1 estudiante(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted row %1, column %2 (%3, %4): %5</source>
        <translation>Fila pegada %1, columna %2 (%3, %4): %5</translation>
    </message>
    <message>
        <source>Pasted row %1: %2 appears twice for &quot;%3&quot;.</source>
        <translation>Fila pegada %1: %2 aparece dos veces para «%3».</translation>
    </message>
</context>
<context>
    <name>k12::CategoriesPage</name>
    <message>
        <source>&amp;Add Category</source>
        <translation>&amp;Agregar categoría</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Grading categories</source>
        <translation>Categorías de calificación</translation>
    </message>
    <message>
        <source>Start from a template and change names or weights right in the table.</source>
        <translation>Parta de una plantilla y cambie los nombres o las ponderaciones en la tabla.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Weight (%)</source>
        <translation>Ponderación (%)</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Your categories (as saved)</source>
        <translation>Sus categorías (guardadas)</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>Row %1 needs a category name.</source>
        <translation>La fila %1 necesita un nombre de categoría.</translation>
    </message>
    <message>
        <source>Two categories are called &quot;%1&quot;: give each a different name.</source>
        <translation>Hay dos categorías llamadas «%1»: dé a cada una un nombre distinto.</translation>
    </message>
    <message>
        <source>The weight of &quot;%1&quot; must be a number from 0 to 100 (it is &quot;%2&quot;).</source>
        <translation>La ponderación de «%1» debe ser un número de 0 a 100 (es «%2»).</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>No categories: every assignment counts by its points.</source>
        <translation>Sin categorías: cada tarea cuenta según sus puntos.</translation>
    </message>
    <message>
        <source>Total points: every point counts the same, whatever its category.</source>
        <translation>Total de puntos: cada punto cuenta lo mismo, sea cual sea su categoría.</translation>
    </message>
    <message>
        <source>Weights add up to %1%.</source>
        <translation>Las ponderaciones suman %1%.</translation>
    </message>
    <message>
        <source>Grades use them in proportion, so they need not add up to 100.</source>
        <translation>Las calificaciones las usan en proporción, así que no tienen que sumar 100.</translation>
    </message>
    <message>
        <source>A category with weight 0 does not count towards the final grade.</source>
        <translation>Una categoría con ponderación 0 no cuenta para la calificación final.</translation>
    </message>
    <message>
        <source>The categories were not saved: %1</source>
        <translation>Las categorías no se guardaron: %1</translation>
    </message>
</context>
<context>
    <name>k12::CategoryActions</name>
    <message>
        <source>This class already has a category &quot;%1&quot;.</source>
        <translation>Esta clase ya tiene la categoría «%1».</translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation>Agregar categoría</translation>
    </message>
    <message>
        <source>Edit Category</source>
        <translation>Editar categoría</translation>
    </message>
    <message>
        <source>Set Up Grading Categories</source>
        <translation>Configurar las categorías de calificación</translation>
    </message>
</context>
<context>
    <name>k12::CategoryDialog</name>
    <message>
        <source>New Category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>e.g. Homework</source>
        <translation>p. ej. Tareas para casa</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Leave every weight at 0 to grade by total points.</source>
        <translation>Deje todas las ponderaciones en 0 para calificar por el total de puntos.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Ponderación:</translation>
    </message>
    <message>
        <source>&amp;Drop lowest:</source>
        <translation>&amp;Descartar las más bajas:</translation>
    </message>
    <message>
        <source>Edit Category</source>
        <translation>Editar categoría</translation>
    </message>
</context>
<context>
    <name>k12::CategoryRepository</name>
    <message>
        <source>This class has no category &quot;%1&quot;.</source>
        <translation>Esta clase no tiene la categoría «%1».</translation>
    </message>
    <message>
        <source>Several categories are named &quot;%1&quot;; use the category id.</source>
        <translation>Hay varias categorías llamadas «%1»; use el id de la categoría.</translation>
    </message>
</context>
<context>
    <name>k12::CategoryTemplate</name>
    <message>
        <source>Homework 20% · Quizzes 30% · Tests 50%</source>
        <translation>Tareas para casa 20% · Pruebas cortas 30% · Exámenes 50%</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Tareas para casa</translation>
    </message>
    <message>
        <source>Quizzes</source>
        <translation>Pruebas cortas</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Exámenes</translation>
    </message>
    <message>
        <source>Classwork 30% · Homework 20% · Tests 50%</source>
        <translation>Trabajo en clase 30% · Tareas para casa 20% · Exámenes 50%</translation>
    </message>
    <message>
        <source>Classwork</source>
        <translation>Trabajo en clase</translation>
    </message>
    <message>
        <source>Formative 40% · Summative 60%</source>
        <translation>Formativa 40% · Sumativa 60%</translation>
    </message>
    <message>
        <source>Formative</source>
        <translation>Formativa</translation>
    </message>
    <message>
        <source>Summative</source>
        <translation>Sumativa</translation>
    </message>
    <message>
        <source>Total points (no weights)</source>
        <translation>Total de puntos (sin ponderaciones)</translation>
    </message>
</context>
<context>
    <name>k12::ChangeDescriber</name>
    <message>
        <source>a student not on this computer</source>
        <translation>un estudiante que no está en este equipo</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>%1 (id %2), not on this computer</source>
        <translation>%1 (id %2), no está en este equipo</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>two parts of a name, e.g. student — assignment</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Grading period</source>
        <translation>Periodo de calificaciones</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Standard of an assignment</source>
        <translation>Estándar de una tarea</translation>
    </message>
    <message>
        <source>Mastery score</source>
        <translation>Puntuación de dominio</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Escala de calificaciones</translation>
    </message>
    <message>
        <source>Unit plan</source>
        <translation>Plan de unidad</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <source>letter grade</source>
        <translation>calificación con letra</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>justificado</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exento</translation>
    </message>
    <message>
        <source>days late</source>
        <translation>días de retraso</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>materia</translation>
    </message>
    <message>
        <source>grade level</source>
        <translation>grado</translation>
    </message>
    <message>
        <source>term</source>
        <translation>ciclo</translation>
    </message>
    <message>
        <source>period</source>
        <translation>periodo</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>student number</source>
        <translation>número de estudiante</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>ponderación</translation>
    </message>
    <message>
        <source>drop lowest</source>
        <translation>descartar las más bajas</translation>
    </message>
    <message>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>grading period</source>
        <translation>periodo de calificaciones</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>points possible</source>
        <translation>puntos posibles</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha de entrega</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>grading type</source>
        <translation>tipo de calificación</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicada</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>not deleted</source>
        <translation>no eliminado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a text value quoted</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>field name, value</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields of one change</comment>
        <translation>,  </translation>
    </message>
    <message>
        <source>%1: %2 mine %3, server %4</source>
        <translation>%1: %2 mío %3, servidor %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Cambio: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <source>Server&apos;s reason: %1</source>
        <translation>Motivo del servidor: %1</translation>
    </message>
    <message>
        <source>Reference: %1 %2, change %3</source>
        <translation>Referencia: %1 %2, cambio %3</translation>
    </message>
    <message>
        <source>%1, guardian of %2</source>
        <translation>%1, tutor/a de %2</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor/a</translation>
    </message>
    <message>
        <source>Guardian of a student</source>
        <translation>Tutor/a de un estudiante</translation>
    </message>
    <message>
        <source>Invitation of %1</source>
        <translation>Invitación de %1</translation>
    </message>
    <message>
        <source>Missing-work notice for %1</source>
        <translation>Aviso de trabajos sin entregar para %1</translation>
    </message>
    <message>
        <source>Invitation to the family portal</source>
        <translation>Invitación al portal para familias</translation>
    </message>
    <message>
        <source>Missing-work notice</source>
        <translation>Aviso de trabajos sin entregar</translation>
    </message>
</context>
<context>
    <name>k12::ClassActions</name>
    <message>
        <source>New Class</source>
        <translation>Nueva clase</translation>
    </message>
    <message>
        <source>Edit Class</source>
        <translation>Editar clase</translation>
    </message>
    <message>
        <source>Archive Class</source>
        <translation>Archivar clase</translation>
    </message>
    <message>
        <source>Unarchive Class</source>
        <translation>Desarchivar clase</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Change Grading Settings</source>
        <translation>Cambiar la configuración de calificación</translation>
    </message>
    <message>
        <source>Change Class Settings</source>
        <translation>Cambiar la configuración de la clase</translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Esa clase ya no existe.</translation>
    </message>
    <message>
        <source>Change Proficiency Scale</source>
        <translation>Cambiar la escala de competencia</translation>
    </message>
</context>
<context>
    <name>k12::ClassCommands</name>
    <message>
        <source>Create a class and print its id.</source>
        <translation>Crea una clase y muestra su id.</translation>
    </message>
    <message>
        <source>Name of the class, e.g. &quot;Algebra I&quot;.</source>
        <translation>Nombre de la clase, p. ej. «Álgebra I».</translation>
    </message>
    <message>
        <source>Subject, e.g. Mathematics.</source>
        <translation>Materia, p. ej. Matemáticas.</translation>
    </message>
    <message>
        <source>Term, e.g. &quot;2026-27 Fall&quot;.</source>
        <translation>Ciclo, p. ej. «2026-27 Fall».</translation>
    </message>
    <message>
        <source>Period or block.</source>
        <translation>Periodo o bloque.</translation>
    </message>
    <message>
        <source>Grade level, e.g. 9.</source>
        <translation>Grado, p. ej. 9.</translation>
    </message>
    <message>
        <source>List the classes of the profile.</source>
        <translation>Lista las clases del perfil.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Mostrar un arreglo JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Include archived classes.</source>
        <translation>Incluir las clases archivadas.</translation>
    </message>
    <message>
        <source>Add a student to a class and print the student&apos;s id.</source>
        <translation>Agrega un estudiante a una clase y muestra el id del estudiante.</translation>
    </message>
    <message>
        <source>Given (first) name.</source>
        <translation>Nombre (de pila).</translation>
    </message>
    <message>
        <source>Family (last) name.</source>
        <translation>Apellido.</translation>
    </message>
    <message>
        <source>Student number from the school&apos;s system.</source>
        <translation>Número de estudiante del sistema de la escuela.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Correo electrónico.</translation>
    </message>
    <message>
        <source>The roster file.</source>
        <translation>El archivo de la lista de clase.</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>no se importó nada: %n problema en el archivo.</numerusform>
            <numerusform>no se importó nada: %n problemas en el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n student(s).</source>
        <translation>
            <numerusform>Se importó %n estudiante.</numerusform>
            <numerusform>Se importaron %n estudiantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a grading category to a class and print its id.</source>
        <translation>Agrega una categoría de calificación a una clase y muestra su id.</translation>
    </message>
    <message>
        <source>Name, e.g. Homework.</source>
        <translation>Nombre, p. ej. Tareas para casa.</translation>
    </message>
    <message>
        <source>Weight in percent (0 when the class grades by total points).</source>
        <translation>Ponderación en porcentaje (0 si la clase califica por el total de puntos).</translation>
    </message>
    <message>
        <source>Drop this many lowest scores.</source>
        <translation>Descartar este número de puntuaciones más bajas.</translation>
    </message>
    <message>
        <source>--weight is required</source>
        <translation>--weight es obligatorio</translation>
    </message>
    <message>
        <source>Add an assignment to a class and print its id.</source>
        <translation>Agrega una tarea a una clase y muestra su id.</translation>
    </message>
    <message>
        <source>Title, e.g. &quot;Quiz 1&quot;.</source>
        <translation>Título, p. ej. «Prueba 1».</translation>
    </message>
    <message>
        <source>Points possible (0 = extra credit).</source>
        <translation>Puntos posibles (0 = crédito extra).</translation>
    </message>
    <message>
        <source>Category name or id.</source>
        <translation>Nombre o id de la categoría.</translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation>Fecha de entrega.</translation>
    </message>
    <message>
        <source>Grade this assignment with letters.</source>
        <translation>Calificar esta tarea con letras.</translation>
    </message>
    <message>
        <source>--points is required</source>
        <translation>--points es obligatorio</translation>
    </message>
    <message>
        <source>Set one student&apos;s grade on one assignment: points, or a flag, or clear it.</source>
        <translation>Pone la calificación de un estudiante en una tarea: puntos, o una marca, o la borra.</translation>
    </message>
    <message>
        <source>Assignment title or id.</source>
        <translation>Título o id de la tarea.</translation>
    </message>
    <message>
        <source>Student number or id.</source>
        <translation>Número o id del estudiante.</translation>
    </message>
    <message>
        <source>Points earned (clears missing and excused).</source>
        <translation>Puntos obtenidos (quita no entregado y justificado).</translation>
    </message>
    <message>
        <source>Letter grade, for letter-graded assignments.</source>
        <translation>Calificación con letra, para tareas calificadas con letras.</translation>
    </message>
    <message>
        <source>Mark missing (not turned in).</source>
        <translation>Marcar como no entregado.</translation>
    </message>
    <message>
        <source>Mark excused (left out of averages).</source>
        <translation>Marcar como justificado (no cuenta en los promedios).</translation>
    </message>
    <message>
        <source>Mark late (keeps the points; may combine with --points).</source>
        <translation>Marcar como entregado tarde (conserva los puntos; se puede combinar con --points).</translation>
    </message>
    <message>
        <source>Days late, for a late penalty policy.</source>
        <translation>Días de retraso, para una política de penalización por retraso.</translation>
    </message>
    <message>
        <source>Clear the grade and its flags.</source>
        <translation>Borrar la calificación y sus marcas.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>give only one of --points, --letter, --missing, --excused, --clear</source>
        <translation>indique solo una de --points, --letter, --missing, --excused, --clear</translation>
    </message>
    <message>
        <source>--clear cannot be combined with --late</source>
        <translation>--clear no se puede combinar con --late</translation>
    </message>
    <message>
        <source>Create a class; prints its id.</source>
        <translation>Crea una clase; muestra su id.</translation>
    </message>
    <message>
        <source>List classes.</source>
        <translation>Lista las clases.</translation>
    </message>
    <message>
        <source>Add a student to a class.</source>
        <translation>Agrega un estudiante a una clase.</translation>
    </message>
    <message>
        <source>Add a grading category.</source>
        <translation>Agrega una categoría de calificación.</translation>
    </message>
    <message>
        <source>Add an assignment.</source>
        <translation>Agrega una tarea.</translation>
    </message>
    <message>
        <source>Set one grade.</source>
        <translation>Pone una calificación.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>no se importó nada: %1</translation>
    </message>
    <message>
        <source>Import students from a CSV file with a header row and the columns given_name, family_name, student_number, email (any order), or from a Canvas gradebook export. Nothing is imported if any row is bad.</source>
        <translation>Importa estudiantes de un archivo CSV con una fila de encabezado y las columnas given_name, family_name, student_number, email (en cualquier orden), o de una exportación del libro de calificaciones de Canvas. No se importa nada si alguna fila está mal.</translation>
    </message>
    <message>
        <source>Check the file and report what would change; write nothing.</source>
        <translation>Comprobar el archivo e informar de lo que cambiaría; no escribir nada.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3; %n student(s)</source>
        <translation>
            <numerusform>%1: %2, %3; %n estudiante</numerusform>
            <numerusform>%1: %2, %3; %n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Canvas gradebook export</source>
        <translation>exportación del libro de calificaciones de Canvas</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>lista de clase</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nuevo</numerusform>
            <numerusform>%n nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the profile (enrolled in this class)</source>
        <translation>
            <numerusform>%n ya estaba en el perfil (inscrito en esta clase)</numerusform>
            <numerusform>%n ya estaban en el perfil (inscritos en esta clase)</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message>
        <source>Import a roster CSV or a Canvas gradebook export (all rows or none).</source>
        <translation>Importa una lista de clase CSV o una exportación del libro de calificaciones de Canvas (todas las filas o ninguna).</translation>
    </message>
    <message>
        <source>The date the work was turned in: the school days (Monday to Friday) after the assignment&apos;s due date make it late, or on time (keeps the points; may combine with --points).</source>
        <translation>La fecha en que se entregó el trabajo: los días escolares (lunes a viernes) después de la fecha de entrega lo hacen tarde, o a tiempo (conserva los puntos; se puede combinar con --points).</translation>
    </message>
    <message>
        <source>--missing cannot be combined with --late or --turned-in (that work came in)</source>
        <translation>--missing no se puede combinar con --late ni con --turned-in (ese trabajo se entregó)</translation>
    </message>
    <message>
        <source>--turned-in cannot be combined with --%1 (the due date makes the days late)</source>
        <translation>--turned-in no se puede combinar con --%1 (la fecha de entrega determina los días de retraso)</translation>
    </message>
    <message>
        <source>Due %1, turned in %2: %3.</source>
        <translation>Fecha de entrega %1, entregado el %2: %3.</translation>
    </message>
    <message>
        <source>Grading period (name or id) to put it in; without it, the period containing the due date.</source>
        <translation>Periodo de calificaciones (nombre o id) donde ponerla; sin él, el periodo que contiene la fecha de entrega.</translation>
    </message>
    <message>
        <source>The class has no grading period &quot;%1&quot;.</source>
        <translation>La clase no tiene el periodo de calificaciones «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n new guardian(s)</source>
        <translation>
            <numerusform>%n tutor/a nuevo/a</numerusform>
            <numerusform>%n tutores nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark missing automatically after the due date: %1</source>
        <translation>Marcar como no entregado automáticamente después de la fecha de entrega: %1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message numerus="yes">
        <source>At risk: below %1 %, %n or more missing, or down %2 points or more in 14 days.</source>
        <translation>
            <numerusform>En riesgo: por debajo del %1 %, %n o más no entregada, o una bajada de %2 puntos o más en 14 días.</numerusform>
            <numerusform>En riesgo: por debajo del %1 %, %n o más no entregadas, o una bajada de %2 puntos o más en 14 días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change a class&apos;s options and print them (without options, just print them).</source>
        <translation>Cambia las opciones de una clase y las muestra (sin opciones, solo las muestra).</translation>
    </message>
    <message>
        <source>Mark empty scores missing automatically once the assignment&apos;s due date has passed (when the class opens in the window, and at midnight while it is open).</source>
        <translation>Marca como no entregadas las puntuaciones vacías automáticamente cuando vence la fecha de entrega de la tarea (al abrir la clase en la ventana, y a medianoche mientras esté abierta).</translation>
    </message>
    <message>
        <source>Insight: at risk with a Final % below this (0-100).</source>
        <translation>Análisis: en riesgo con un % final por debajo de este valor (0-100).</translation>
    </message>
    <message>
        <source>Insight: at risk with this many missing assignments or more.</source>
        <translation>Análisis: en riesgo con este número de tareas no entregadas o más.</translation>
    </message>
    <message>
        <source>Insight: at risk when the Final % fell by this many points or more over the last two weeks (0-100).</source>
        <translation>Análisis: en riesgo cuando el % final bajó este número de puntos o más en las dos últimas semanas (0-100).</translation>
    </message>
    <message>
        <source>--auto-missing takes on or off (not &quot;%1&quot;)</source>
        <translation>--auto-missing acepta on u off (no «%1»)</translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation>no se cambió nada: %1</translation>
    </message>
    <message>
        <source>Mark missing every empty score of the class&apos;s active students on published assignments due before today (or before --as-of), and print how many. Scores with anything in them (points, a letter, a flag, a comment) and extra credit are left alone; running it again marks nothing new.</source>
        <translation>Marca como no entregadas todas las puntuaciones vacías de los estudiantes activos de la clase en tareas publicadas con fecha de entrega anterior a hoy (o a --as-of), y muestra cuántas. Las puntuaciones con algo (puntos, una letra, una marca, un comentario) y el crédito extra no se tocan; ejecutarlo de nuevo no marca nada nuevo.</translation>
    </message>
    <message>
        <source>The day to count from instead of today: due before it is past due.</source>
        <translation>El día desde el que contar en lugar de hoy: lo que vence antes está vencido.</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n score(s) missing</source>
        <translation>
            <numerusform>Se marcó %n puntuación como no entregada</numerusform>
            <numerusform>Se marcaron %n puntuaciones como no entregadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n assignment(s) past their due date.</source>
        <translation>
            <numerusform>en %n tarea con la fecha de entrega vencida.</numerusform>
            <numerusform>en %n tareas con la fecha de entrega vencida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change a class&apos;s options (automatic missing, at-risk thresholds).</source>
        <translation>Cambia las opciones de una clase (no entregado automático, umbrales de riesgo).</translation>
    </message>
    <message>
        <source>Mark empty scores past their due date missing; prints the count.</source>
        <translation>Marca como no entregadas las puntuaciones vacías con la fecha de entrega vencida; muestra cuántas.</translation>
    </message>
    <message>
        <source>The cell&apos;s comment (replaces it; &quot;&quot; removes it); alone or with a grade.</source>
        <translation>El comentario de la celda (lo reemplaza; &quot;&quot; lo quita); solo o con una calificación.</translation>
    </message>
    <message>
        <source>say what to set: --points X, --letter L, --missing, --excused, --late, --turned-in D, --comment TEXT or --clear</source>
        <translation>indique qué poner: --points X, --letter L, --missing, --excused, --late, --turned-in D, --comment TEXTO o --clear</translation>
    </message>
</context>
<context>
    <name>k12::ClassDeleteActions</name>
    <message>
        <source>Cannot read the class: %1</source>
        <translation>No se puede leer la clase: %1</translation>
    </message>
    <message>
        <source>The class %1 does not exist (or was deleted already).</source>
        <translation>La clase %1 no existe (o ya se eliminó).</translation>
    </message>
    <message>
        <source>%1 was not deleted: the backup before it failed (%2).</source>
        <translation>%1 no se eliminó: falló la copia de seguridad previa (%2).</translation>
    </message>
    <message>
        <source>Cannot read the class&apos;s rows: %1</source>
        <translation>No se pueden leer las filas de la clase: %1</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>Eliminar clase</translation>
    </message>
</context>
<context>
    <name>k12::ClassDialog</name>
    <message>
        <source>New Class</source>
        <translation>Nueva clase</translation>
    </message>
    <message>
        <source>e.g. Algebra I</source>
        <translation>p. ej. Álgebra I</translation>
    </message>
    <message>
        <source>e.g. Mathematics</source>
        <translation>p. ej. Matemáticas</translation>
    </message>
    <message>
        <source>e.g. 9</source>
        <translation>p. ej. 9</translation>
    </message>
    <message>
        <source>e.g. 2026-27 Fall</source>
        <translation>p. ej. 2026-27 Fall</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>p. ej. 3</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <source>&amp;Grade level:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>Edit Class</source>
        <translation>Editar clase</translation>
    </message>
</context>
<context>
    <name>k12::ClassListModel</name>
    <message>
        <source>%1 (period %2)</source>
        <translation>%1 (periodo %2)</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivada</translation>
    </message>
</context>
<context>
    <name>k12::ClassPage</name>
    <message>
        <source>Your first class</source>
        <translation>Su primera clase</translation>
    </message>
    <message>
        <source>A class is one course section you teach. Only the name is required.</source>
        <translation>Una clase es una sección de un curso que usted enseña. Solo el nombre es obligatorio.</translation>
    </message>
    <message>
        <source>e.g. Algebra I (required)</source>
        <translation>p. ej. Álgebra I (obligatorio)</translation>
    </message>
    <message>
        <source>e.g. Mathematics</source>
        <translation>p. ej. Matemáticas</translation>
    </message>
    <message>
        <source>e.g. 9, or K</source>
        <translation>p. ej. 9, o K</translation>
    </message>
    <message>
        <source>e.g. 3</source>
        <translation>p. ej. 3</translation>
    </message>
    <message>
        <source>Class &amp;name:</source>
        <translation>&amp;Nombre de la clase:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Materia:</translation>
    </message>
    <message>
        <source>&amp;Grade level:</source>
        <translation>&amp;Grado:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>You can change all of this later with Class &gt; Edit Class.</source>
        <translation>Puede cambiar todo esto más tarde con Clase &gt; Editar clase.</translation>
    </message>
    <message>
        <source>%1-%2 Fall</source>
        <translation>%1-%2 Fall</translation>
    </message>
    <message>
        <source>%1-%2 Spring</source>
        <translation>%1-%2 Spring</translation>
    </message>
    <message>
        <source>Give the class a name, e.g. Algebra I.</source>
        <translation>Ponga un nombre a la clase, p. ej. Álgebra I.</translation>
    </message>
    <message>
        <source>The class name is too long (at most 100 characters).</source>
        <translation>El nombre de la clase es demasiado largo (100 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Grade level: use K, PK or a number from 1 to 12 (a range such as 9-12 works too), or leave it empty.</source>
        <translation>Grado: use K, PK o un número del 1 al 12 (también vale un rango como 9-12), o déjelo vacío.</translation>
    </message>
    <message>
        <source>The term is too long (at most 40 characters).</source>
        <translation>El ciclo es demasiado largo (40 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Keep the period short (at most 12 characters), e.g. 3 or B.</source>
        <translation>Use un periodo corto (12 caracteres como máximo), p. ej. 3 o B.</translation>
    </message>
    <message>
        <source>The class was not saved: %1</source>
        <translation>La clase no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>k12::ClassRepository</name>
    <message>
        <source>No class is named &quot;%1&quot;.</source>
        <translation>Ninguna clase se llama «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) are named &quot;%1&quot;; use the class id instead (see &quot;class list&quot;).</source>
        <translation>
            <numerusform>Hay %n clase llamada «%1»; use el id de la clase (vea «class list»).</numerusform>
            <numerusform>Hay %n clases llamadas «%1»; use el id de la clase (vea «class list»).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ClassSettingsDialog</name>
    <message>
        <source>Grading Settings — %1</source>
        <translation>Configuración de calificación — %1</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <source>&amp;Missing &amp;&amp; Late</source>
        <translation>&amp;Entregas</translation>
    </message>
    <message>
        <source>&amp;Letter Scale</source>
        <translation>Escala de &amp;letras</translation>
    </message>
    <message>
        <source>&amp;Standards Mastery</source>
        <translation>&amp;Dominio</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Weight %</source>
        <translation>Ponderación %</translation>
    </message>
    <message>
        <source>Drop lowest</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>This class has no categories yet. Add them from the gradebook&apos;s toolbar (Add Category).</source>
        <translation>Esta clase todavía no tiene categorías. Agréguelas desde la barra de herramientas del libro de calificaciones (Agregar categoría).</translation>
    </message>
    <message>
        <source>No category has a weight: the final grade is total points earned / total points possible.</source>
        <translation>Ninguna categoría tiene ponderación: la calificación final es el total de puntos obtenidos / el total de puntos posibles.</translation>
    </message>
    <message>
        <source>Weights add up to %1%. The final grade is the weighted average of the categories that have grades; weights need not add up to 100.</source>
        <translation>Las ponderaciones suman %1%. La calificación final es el promedio ponderado de las categorías que tienen calificaciones; las ponderaciones no tienen que sumar 100.</translation>
    </message>
    <message>
        <source>Missing work counts as &amp;zero</source>
        <translation>Los trabajos no entregados cuentan como &amp;cero</translation>
    </message>
    <message>
        <source>Missing work is left &amp;out of the average</source>
        <translation>Los trabajos no entregados se dejan &amp;fuera del promedio</translation>
    </message>
    <message>
        <source>Take points off late work</source>
        <translation>Restar puntos a los trabajos entregados tarde</translation>
    </message>
    <message>
        <source> % per day late</source>
        <translation> % por día de retraso</translation>
    </message>
    <message>
        <source> % of the points at least</source>
        <translation> % de los puntos como mínimo</translation>
    </message>
    <message>
        <source>Penalty:</source>
        <translation>Penalización:</translation>
    </message>
    <message>
        <source>Never below:</source>
        <translation>Nunca por debajo de:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letra</translation>
    </message>
    <message>
        <source>From %</source>
        <translation>Desde %</translation>
    </message>
    <message>
        <source>Add Letter</source>
        <translation>Agregar letra</translation>
    </message>
    <message>
        <source>Remove Letter</source>
        <translation>Quitar letra</translation>
    </message>
    <message>
        <source>Default Scale</source>
        <translation>Escala predeterminada</translation>
    </message>
    <message>
        <source>A final percentage gets the first letter whose lower bound it reaches, after rounding to 2 decimals.</source>
        <translation>Un porcentaje final recibe la primera letra cuyo límite inferior alcanza, tras redondear a 2 decimales.</translation>
    </message>
    <message>
        <source>The lower bound of &quot;%1&quot; is not a percentage.</source>
        <translation>El límite inferior de «%1» no es un porcentaje.</translation>
    </message>
    <message>
        <source>Check the settings</source>
        <translation>Revise la configuración</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>&amp;Análisis</translation>
    </message>
    <message>
        <source>Mark missing &amp;automatically after the due date</source>
        <translation>Marcar como no entregado &amp;automáticamente después de la fecha de entrega</translation>
    </message>
    <message>
        <source>When the class opens (and at midnight while it is open), empty scores on published assignments past their due date are marked missing; Undo takes them back. Cells with anything in them are never touched.</source>
        <translation>Al abrir la clase (y a medianoche mientras esté abierta), las puntuaciones vacías de tareas publicadas con la fecha de entrega vencida se marcan como no entregadas; Deshacer las revierte. Las celdas que tienen algo nunca se tocan.</translation>
    </message>
    <message>
        <source>Weight % of %1</source>
        <translation>Ponderación % de %1</translation>
    </message>
    <message>
        <source>Drop lowest of %1</source>
        <translation>Descartar las más bajas de %1</translation>
    </message>
    <message>
        <source>Grading settings sections</source>
        <translation>Secciones de la configuración de calificación</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Letter scale</source>
        <translation>Escala de letras</translation>
    </message>
</context>
<context>
    <name>k12::Cli</name>
    <message>
        <source>Usage: k12-teacher [--profile DIR] [--verbose] [COMMAND ...]</source>
        <translation>Uso: k12-teacher [--profile DIR] [--verbose] [COMANDO ...]</translation>
    </message>
    <message>
        <source>Without a command, k12-teacher opens its window. With a command it works headless and exits 0 on success, 1 when the request cannot be done, 2 on bad usage.</source>
        <translation>Sin un comando, k12-teacher abre su ventana. Con un comando funciona sin ventana y sale con 0 si tiene éxito, 1 si la solicitud no se puede hacer y 2 si el uso es incorrecto.</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opciones globales:</translation>
    </message>
    <message>
        <source>Use the profile in DIR instead of the default data folder.</source>
        <translation>Usar el perfil en DIR en lugar de la carpeta de datos predeterminada.</translation>
    </message>
    <message>
        <source>Log debug details to stderr and the log file.</source>
        <translation>Registrar detalles de depuración en stderr y en el archivo de registro.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>k12-teacher: unknown command &quot;%1&quot;.</source>
        <translation>k12-teacher: comando desconocido «%1».</translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher --help&quot; for the list of commands.</source>
        <translation>Ejecute «k12-teacher --help» para ver la lista de comandos.</translation>
    </message>
    <message>
        <source>Usage: k12-teacher [--profile DIR] %1 COMMAND ...</source>
        <translation>Uso: k12-teacher [--profile DIR] %1 COMANDO ...</translation>
    </message>
    <message>
        <source>Commands of &quot;%1&quot;:</source>
        <translation>Comandos de «%1»:</translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher %1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Ejecute «k12-teacher %1 COMANDO --help» para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher COMMAND --help&quot; for the options of a command, &quot;k12-teacher GROUP --help&quot; for the commands of a group (class, plan, export, ...).</source>
        <translation>Ejecute «k12-teacher COMANDO --help» para ver las opciones de un comando, «k12-teacher GRUPO --help» para los comandos de un grupo (class, plan, export, ...).</translation>
    </message>
</context>
<context>
    <name>k12::CliContext</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation>La clase: su id o su nombre exacto.</translation>
    </message>
</context>
<context>
    <name>k12::CommandLine</name>
    <message>
        <source>missing arguments</source>
        <translation>faltan argumentos</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Run &quot;k12-teacher %1 --help&quot; for usage.</source>
        <translation>Ejecute «k12-teacher %1 --help» para ver el uso.</translation>
    </message>
    <message>
        <source>--%1 needs a number, not &quot;%2&quot;</source>
        <translation>--%1 necesita un número, no «%2»</translation>
    </message>
    <message>
        <source>--%1 needs a whole number, not &quot;%2&quot;</source>
        <translation>--%1 necesita un número entero, no «%2»</translation>
    </message>
    <message>
        <source>--%1 needs a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 necesita una fecha AAAA-MM-DD, no «%2»</translation>
    </message>
</context>
<context>
    <name>k12::CommentBankActions</name>
    <message>
        <source>Add Comment to Bank</source>
        <translation>Agregar comentario al banco</translation>
    </message>
    <message>
        <source>That comment is no longer in the bank.</source>
        <translation>Ese comentario ya no está en el banco.</translation>
    </message>
    <message>
        <source>Edit Bank Comment</source>
        <translation>Editar comentario del banco</translation>
    </message>
    <message>
        <source>Remove Bank Comment</source>
        <translation>Quitar comentario del banco</translation>
    </message>
    <message>
        <source>Reorder Bank Comments</source>
        <translation>Reordenar comentarios del banco</translation>
    </message>
</context>
<context>
    <name>k12::CommentBankDialog</name>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Comment Bank</source>
        <translation>Banco de comentarios</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Agregar...</translation>
    </message>
    <message>
        <source>Placeholders: {first_name}, {final_letter}, {missing_count} are replaced by each student&apos;s values when a comment is inserted into a report.</source>
        <translation>Marcadores: {first_name}, {final_letter}, {missing_count} se sustituyen por los datos de cada estudiante al insertar un comentario en un informe.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation>Agregar comentario</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Category (optional, e.g. Effort):</source>
        <translation>Categoría (opcional, p. ej. Esfuerzo):</translation>
    </message>
    <message>
        <source>Edit Comment</source>
        <translation>Editar comentario</translation>
    </message>
</context>
<context>
    <name>k12::ConflictActions</name>
    <message>
        <source>Keep My Value</source>
        <translation>Conservar mi valor</translation>
    </message>
</context>
<context>
    <name>k12::ConflictStore</name>
    <message>
        <source>Cannot record a conflict.</source>
        <translation>No se puede registrar un conflicto.</translation>
    </message>
    <message>
        <source>This version of K12 Teacher does not know a &quot;%1&quot;.</source>
        <translation>Esta versión de K12 Teacher no conoce un «%1».</translation>
    </message>
    <message>
        <source>The kept value of %1.%2 cannot be read.</source>
        <translation>No se puede leer el valor conservado de %1.%2.</translation>
    </message>
    <message>
        <source>No open conflict has the id %1.</source>
        <translation>Ningún conflicto abierto tiene el id %1.</translation>
    </message>
</context>
<context>
    <name>k12::ConflictsDialog</name>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>Conservar el &amp;mío</translation>
    </message>
    <message>
        <source>Keep &amp;Server</source>
        <translation>Conservar el del &amp;servidor</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>These were changed both on this computer and on another device before they synced. Until you choose, your class shows the server&apos;s value; your own value is kept here and is not lost.</source>
        <translation>Esto se cambió tanto en este equipo como en otro dispositivo antes de sincronizarse. Hasta que usted elija, su clase muestra el valor del servidor; su propio valor se guarda aquí y no se pierde.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mío</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>The value you entered on this computer</source>
        <translation>El valor que usted introdujo en este equipo</translation>
    </message>
    <message>
        <source>The value the server kept (from another device)</source>
        <translation>El valor que conservó el servidor (de otro dispositivo)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No conflicts.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When the same thing is changed on this computer and on another device before they sync, you choose here which value to keep.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay conflictos.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cuando se cambia lo mismo en este equipo y en otro dispositivo antes de sincronizarse, aquí elige qué valor conservar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Put your value back; it is sent to the server at the next sync</source>
        <translation>Restablecer su valor; se envía al servidor en la próxima sincronización</translation>
    </message>
    <message>
        <source>Keep the server&apos;s value; your value is set aside</source>
        <translation>Conservar el valor del servidor; su valor se aparta</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) could not be settled:</source>
        <translation>
            <numerusform>No se pudo resolver %n conflicto:</numerusform>
            <numerusform>No se pudieron resolver %n conflictos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept your value for %n field(s); it is sent at the next sync.</source>
        <translation>
            <numerusform>Se conservó su valor en %n campo; se envía en la próxima sincronización.</numerusform>
            <numerusform>Se conservó su valor en %n campos; se envía en la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the server&apos;s value for %n field(s).</source>
        <translation>
            <numerusform>Se conservó el valor del servidor en %n campo.</numerusform>
            <numerusform>Se conservó el valor del servidor en %n campos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ConnectPage</name>
    <message>
        <source>&amp;Work offline on this computer</source>
        <translation>&amp;Trabajar sin conexión en este equipo</translation>
    </message>
    <message>
        <source>&amp;Connect to my school&apos;s server</source>
        <translation>&amp;Conectarse al servidor de mi escuela</translation>
    </message>
    <message>
        <source>Connect or work offline</source>
        <translation>Conectarse o trabajar sin conexión</translation>
    </message>
    <message>
        <source>Your school may run a K12 server that keeps your classes on all your devices.</source>
        <translation>Puede que su escuela tenga un servidor K12 que mantiene sus clases en todos sus dispositivos.</translation>
    </message>
    <message>
        <source>https://k12.your-school.org</source>
        <translation>https://k12.su-escuela.org</translation>
    </message>
    <message>
        <source>you@your-school.org</source>
        <translation>usted@su-escuela.org</translation>
    </message>
    <message>
        <source>Everything stays on this computer. You can connect to a server later in Settings; nothing you enter now is lost.</source>
        <translation>Todo se queda en este equipo. Puede conectarse a un servidor más tarde en Configuración; nada de lo que introduzca ahora se pierde.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Enter the whole address, starting with https://</source>
        <translation>Escriba la dirección completa, empezando por https://</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Esto no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sign-in becomes available in Settings once the sync service is configured.&lt;/b&gt; Choose &quot;Work offline&quot; for now; you can connect later without losing anything.</source>
        <translation>&lt;b&gt;El inicio de sesión estará disponible en Configuración cuando el servicio de sincronización esté configurado.&lt;/b&gt; Por ahora elija «Trabajar sin conexión»; puede conectarse más tarde sin perder nada.</translation>
    </message>
    <message>
        <source>Note: %1 You will be asked to sign in again each time the app starts.</source>
        <translation>Nota: %1 Se le pedirá que inicie sesión cada vez que se abra la aplicación.</translation>
    </message>
    <message>
        <source>Signing in...</source>
        <translation>Iniciando sesión...</translation>
    </message>
</context>
<context>
    <name>k12::CredentialStore</name>
    <message>
        <source>Your sign-in could not be kept in the system keychain (%1). You will be asked to sign in again next time; nothing is written to a file instead.</source>
        <translation>Su inicio de sesión no se pudo guardar en el llavero del sistema (%1). Se le pedirá que inicie sesión la próxima vez; no se escribe nada en un archivo en su lugar.</translation>
    </message>
    <message>
        <source>The system keychain cannot be read (%1).</source>
        <translation>No se puede leer el llavero del sistema (%1).</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the system keychain (%1).</source>
        <translation>No se pudo quitar el inicio de sesión del llavero del sistema (%1).</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s) (is it locked?)</source>
        <translation>
            <numerusform>el llavero no respondió en %n segundo (¿está bloqueado?)</numerusform>
            <numerusform>el llavero no respondió en %n segundos (¿está bloqueado?)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::CsvReader</name>
    <message>
        <source>%1, line %2: a quoted cell is never closed (missing &quot;)</source>
        <translation>%1, línea %2: una celda entre comillas no se cierra nunca (falta &quot;)</translation>
    </message>
    <message>
        <source>%1: the file is empty; it needs a header row.</source>
        <translation>%1: el archivo está vacío; necesita una fila de encabezado.</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1: no se puede abrir el archivo (%2).</translation>
    </message>
    <message>
        <source>Save it as &quot;CSV UTF-8&quot; and import again.</source>
        <translation>Guárdelo como «CSV UTF-8» y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>wrong encoding: UTF-16 (little-endian), not UTF-8. %1</source>
        <translation>codificación incorrecta: UTF-16 (little-endian), no UTF-8. %1</translation>
    </message>
    <message>
        <source>wrong encoding: UTF-16 (big-endian), not UTF-8. %1</source>
        <translation>codificación incorrecta: UTF-16 (big-endian), no UTF-8. %1</translation>
    </message>
    <message>
        <source>wrong encoding: the file is binary, not text (is it a spreadsheet file rather than CSV?). %1</source>
        <translation>codificación incorrecta: el archivo es binario, no texto (¿es una hoja de cálculo en lugar de un CSV?). %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>k12::CsvWriter</name>
    <message>
        <source>Could not write to standard output.</source>
        <translation>No se pudo escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Could not make &quot;%1&quot; private to you: %2</source>
        <translation>No se pudo hacer «%1» privado para usted: %2</translation>
    </message>
</context>
<context>
    <name>k12::Curve</name>
    <message>
        <source>&quot;%1&quot; has no graded scores to curve.</source>
        <translation>«%1» no tiene puntuaciones calificadas a las que aplicar una curva.</translation>
    </message>
    <message>
        <source>The mean of &quot;%1&quot; is 0; scaling cannot move it. Add points instead.</source>
        <translation>La media de «%1» es 0; escalar no puede moverla. Sume puntos en su lugar.</translation>
    </message>
    <message>
        <source>The old range must go from a lower to a higher score.</source>
        <translation>El rango anterior debe ir de una puntuación más baja a una más alta.</translation>
    </message>
    <message>
        <source>The target mean cannot be negative.</source>
        <translation>La media objetivo no puede ser negativa.</translation>
    </message>
</context>
<context>
    <name>k12::CurveDialog</name>
    <message>
        <source>&amp;Add points to every score:</source>
        <translation>&amp;Sumar puntos a cada puntuación:</translation>
    </message>
    <message>
        <source>&amp;Scale so the mean becomes:</source>
        <translation>&amp;Escalar para que la media sea:</translation>
    </message>
    <message>
        <source>&amp;Map scores from the range:</source>
        <translation>&amp;Trasladar las puntuaciones del rango:</translation>
    </message>
    <message>
        <source>Curve &quot;%1&quot;</source>
        <translation>Curva de «%1»</translation>
    </message>
    <message>
        <source>Allow scores above %1 points (extra credit)</source>
        <translation>Permitir puntuaciones por encima de %1 puntos (crédito extra)</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>onto</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Apply Curve</source>
        <translation>Aplicar curva</translation>
    </message>
    <message numerus="yes">
        <source>%n graded score(s): mean %1 → %2.</source>
        <translation>
            <numerusform>%n puntuación calificada: media %1 → %2.</numerusform>
            <numerusform>%n puntuaciones calificadas: media %1 → %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) held at the points possible.</source>
        <translation>
            <numerusform>%n puntuación limitada a los puntos posibles.</numerusform>
            <numerusform>%n puntuaciones limitadas a los puntos posibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Points to add</source>
        <translation>Puntos que se suman</translation>
    </message>
    <message>
        <source>New mean</source>
        <translation>Nueva media</translation>
    </message>
    <message>
        <source>From the lowest score</source>
        <translation>Desde la calificación más baja</translation>
    </message>
    <message>
        <source>From the highest score</source>
        <translation>Desde la calificación más alta</translation>
    </message>
    <message>
        <source>Onto the lowest score</source>
        <translation>Hacia la calificación más baja</translation>
    </message>
    <message>
        <source>Onto the highest score</source>
        <translation>Hacia la calificación más alta</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
</context>
<context>
    <name>k12::DeleteClassDialog</name>
    <message>
        <source>&amp;Delete Class</source>
        <translation>&amp;Eliminar clase</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>Eliminar clase</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete %1 and everything in it?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Eliminar %1 y todo su contenido?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, %2 and %3 are deleted on this computer and, at the next sync, on the server and your other computers. The students stay in your other classes.</source>
        <translation>%1, %2 y %3 se eliminan en este equipo y, en la próxima sincronización, en el servidor y en sus otros equipos. Los estudiantes siguen en sus otras clases.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n calificación</numerusform>
            <numerusform>%n calificaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup of all your data is taken first and kept for 30 days (File &gt; Backups..., &quot;Before a class was deleted&quot;). Edit &gt; Undo brings the class back while the app is open.</source>
        <translation>Antes se hace una copia de seguridad de todos sus datos, que se conserva 30 días (Archivo &gt; Copias de seguridad..., «Antes de eliminar una clase»). Editar &gt; Deshacer recupera la clase mientras la aplicación esté abierta.</translation>
    </message>
    <message>
        <source>The class is archived; it is deleted as it is.</source>
        <translation>La clase está archivada; se elimina tal como está.</translation>
    </message>
    <message>
        <source>This class has grades. Type its name, &lt;b&gt;%1&lt;/b&gt;, to delete it:</source>
        <translation>Esta clase tiene calificaciones. Escriba su nombre, &lt;b&gt;%1&lt;/b&gt;, para eliminarla:</translation>
    </message>
</context>
<context>
    <name>k12::DesktopNotifier</name>
    <message>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <source>K12 Teacher</source>
        <translation>K12 Teacher</translation>
    </message>
</context>
<context>
    <name>k12::DuplicateUnitDialog</name>
    <message>
        <source>Duplicate Unit</source>
        <translation>Duplicar unidad</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>%1 (this class)</source>
        <translation>%1 (esta clase)</translation>
    </message>
    <message>
        <source>Copy &amp;into:</source>
        <translation>Copiar &amp;en:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <source>Choose a later start date to reuse the unit in another term: every date moves by the same number of days.</source>
        <translation>Elija una fecha de inicio posterior para reutilizar la unidad en otro ciclo: todas las fechas se mueven el mismo número de días.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message numerus="yes">
        <source>Copies the unit and its %n lesson(s) into %1.</source>
        <translation>
            <numerusform>Copia la unidad y su %n lección en %1.</numerusform>
            <numerusform>Copia la unidad y sus %n lecciones en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every date moves %n day(s) later</source>
        <translation>
            <numerusform>Todas las fechas se mueven %n día más tarde</numerusform>
            <numerusform>Todas las fechas se mueven %n días más tarde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every date moves %n day(s) earlier</source>
        <translation>
            <numerusform>Todas las fechas se mueven %n día antes</numerusform>
            <numerusform>Todas las fechas se mueven %n días antes</numerusform>
        </translation>
    </message>
    <message>
        <source>: the copy runs %1 to %2.</source>
        <translation>: la copia va del %1 al %2.</translation>
    </message>
    <message>
        <source>Note: that day is a weekend.</source>
        <translation>Nota: ese día cae en fin de semana.</translation>
    </message>
    <message>
        <source>The dates stay the same.</source>
        <translation>Las fechas no cambian.</translation>
    </message>
    <message>
        <source>The copy needs a title.</source>
        <translation>La copia necesita un título.</translation>
    </message>
</context>
<context>
    <name>k12::EpochRebootstrap</name>
    <message>
        <source>The server&apos;s data changed again while this computer was catching up with it; the next sync starts over.</source>
        <translation>Los datos del servidor volvieron a cambiar mientras este equipo se ponía al día; la próxima sincronización empieza de nuevo.</translation>
    </message>
    <message>
        <source>Cannot keep the server&apos;s rows: %1</source>
        <translation>No se pueden conservar las filas del servidor: %1</translation>
    </message>
    <message>
        <source>The local database is busy: %1</source>
        <translation>La base de datos local está ocupada: %1</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s rows: %1</source>
        <translation>No se pueden leer las filas del servidor: %1</translation>
    </message>
    <message>
        <source>Cannot read the local rows: %1</source>
        <translation>No se pueden leer las filas locales: %1</translation>
    </message>
    <message>
        <source>Cannot update the outbox: %1</source>
        <translation>No se puede actualizar la cola de envío: %1</translation>
    </message>
    <message>
        <source>Cannot save the sync position.</source>
        <translation>No se puede guardar la posición de sincronización.</translation>
    </message>
</context>
<context>
    <name>k12::EvidenceChart</name>
    <message>
        <source>Evidence over time</source>
        <translation>Evidencia a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Evidence chart</source>
        <translation>Gráfico de evidencia</translation>
    </message>
    <message>
        <source>No evidence</source>
        <translation>Sin evidencia</translation>
    </message>
    <message>
        <source>Choose a cell of the Mastery table to see that student&apos;s evidence on the standard over time.</source>
        <translation>Elija una celda de la tabla de Dominio para ver la evidencia de ese estudiante en el estándar a lo largo del tiempo.</translation>
    </message>
    <message>
        <source>%1 has no evidence on %2 yet: enter a level for an assignment (double-click the cell) and it shows here as a point at its date.</source>
        <translation>%1 todavía no tiene evidencia en %2: introduzca un nivel para una tarea (doble clic en la celda) y aparecerá aquí como un punto en su fecha.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Levels (hover for the assignment)</source>
        <translation>Niveles (pase el cursor para ver la tarea)</translation>
    </message>
    <message>
        <source>(no assignment)</source>
        <translation>(sin tarea)</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Power law trend y = %1 x^%2 - %3</source>
        <translation>Tendencia de ley de potencia y = %1 x^%2 - %3</translation>
    </message>
    <message>
        <source>Power law trend y = %1 x^%2</source>
        <translation>Tendencia de ley de potencia y = %1 x^%2</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Evaluado</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>%1: no result yet</source>
        <translation>%1: todavía sin resultado</translation>
    </message>
</context>
<context>
    <name>k12::ExportCommands</name>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation>La clase: su id o su nombre exacto.</translation>
    </message>
    <message>
        <source>The file to write; - writes to standard output.</source>
        <translation>El archivo que se escribirá; - escribe en la salida estándar.</translation>
    </message>
    <message>
        <source>--class is required</source>
        <translation>--class es obligatorio</translation>
    </message>
    <message>
        <source>--out is required (use - for standard output)</source>
        <translation>--out es obligatorio (use - para la salida estándar)</translation>
    </message>
    <message>
        <source>Wrote the gradebook of &quot;%1&quot; to %2.</source>
        <translation>Se escribió el libro de calificaciones de «%1» en %2.</translation>
    </message>
    <message>
        <source>--format takes k12, canvas, csv or xlsx (not &quot;%1&quot;)</source>
        <translation>--format acepta k12, canvas, csv o xlsx (no «%1»)</translation>
    </message>
    <message>
        <source>Write a class&apos;s gradebook as CSV or XLSX: every active student&apos;s scores, category percentages, final percentage and letter. The file imports back with &quot;import scores&quot; without a change.</source>
        <translation>Escribe el libro de calificaciones de una clase en CSV o XLSX: las puntuaciones de cada estudiante activo, los porcentajes por categoría, el porcentaje final y la letra. El archivo se vuelve a importar con «import scores» sin ningún cambio.</translation>
    </message>
    <message>
        <source>The layout, the file type or both, comma-separated: k12 (default), our own layout; canvas, the layout of a Canvas gradebook export, which Canvas&apos;s gradebook import accepts; csv (default) or xlsx (numbers stay numbers and student numbers text in every spreadsheet and locale).</source>
        <translation>El formato, el tipo de archivo o ambos, separados por comas: k12 (predeterminado), nuestro propio formato; canvas, el formato de una exportación del libro de calificaciones de Canvas, que acepta la importación del libro de calificaciones de Canvas; csv (predeterminado) o xlsx (los números siguen siendo números y los números de estudiante texto en cualquier hoja de cálculo e idioma).</translation>
    </message>
    <message>
        <source>CSV: the cell separator, &quot;,&quot; (default), &quot;;&quot; or &quot;tab&quot;.</source>
        <translation>CSV: el separador de celdas, &quot;,&quot; (predeterminado), &quot;;&quot; o &quot;tab&quot;.</translation>
    </message>
    <message>
        <source>CSV: write 9,5 instead of 9.5, as spreadsheets in German, French or Spanish expect (use it with --delimiter &quot;;&quot;).</source>
        <translation>CSV: escribir 9,5 en lugar de 9.5, como esperan las hojas de cálculo en alemán, francés o español (úselo con --delimiter &quot;;&quot;).</translation>
    </message>
    <message>
        <source>CSV: start the file with a UTF-8 byte order mark (the default; Excel needs it to read UTF-8).</source>
        <translation>CSV: empezar el archivo con una marca de orden de bytes UTF-8 (lo predeterminado; Excel la necesita para leer UTF-8).</translation>
    </message>
    <message>
        <source>CSV: leave the byte order mark out.</source>
        <translation>CSV: omitir la marca de orden de bytes.</translation>
    </message>
    <message>
        <source>--delimiter must be &quot;,&quot;, &quot;;&quot; or &quot;tab&quot;</source>
        <translation>--delimiter debe ser &quot;,&quot;, &quot;;&quot; o &quot;tab&quot;</translation>
    </message>
    <message>
        <source>--decimal-comma needs --delimiter &quot;;&quot; or &quot;tab&quot;: 9,5 in a comma-separated file would be two cells in most spreadsheets</source>
        <translation>--decimal-comma necesita --delimiter &quot;;&quot; o &quot;tab&quot;: 9,5 en un archivo separado por comas serían dos celdas en la mayoría de las hojas de cálculo</translation>
    </message>
    <message>
        <source>--bom and --no-bom cannot both be given</source>
        <translation>--bom y --no-bom no se pueden indicar a la vez</translation>
    </message>
    <message>
        <source>--delimiter, --decimal-comma and --no-bom are for CSV files</source>
        <translation>--delimiter, --decimal-comma y --no-bom son para archivos CSV</translation>
    </message>
    <message>
        <source>Export a class&apos;s gradebook as CSV or XLSX (- = standard output).</source>
        <translation>Exporta el libro de calificaciones de una clase en CSV o XLSX (- = salida estándar).</translation>
    </message>
</context>
<context>
    <name>k12::ExportGradebookDialog</name>
    <message>
        <source>For Excel (adds a UTF-8 byte order mark)</source>
        <translation>Para Excel (agrega una marca de orden de bytes UTF-8)</translation>
    </message>
    <message>
        <source>Export Gradebook</source>
        <translation>Exportar libro de calificaciones</translation>
    </message>
    <message>
        <source>The file holds your students&apos; grades: it is saved readable by you only.</source>
        <translation>El archivo contiene las calificaciones de sus estudiantes: se guarda legible solo para usted.</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Choose File...</source>
        <translation>Elegir archivo...</translation>
    </message>
    <message>
        <source>K12 Teacher (opens in Excel, LibreOffice, Google Sheets)</source>
        <translation>K12 Teacher (se abre en Excel, LibreOffice, Google Sheets)</translation>
    </message>
    <message>
        <source>Canvas gradebook (for Canvas&apos;s gradebook import)</source>
        <translation>Libro de calificaciones de Canvas (para la importación del libro de calificaciones de Canvas)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): the same in every language and spreadsheet</source>
        <translation>Libro de Excel (.xlsx): igual en todos los idiomas y hojas de cálculo</translation>
    </message>
    <message>
        <source>CSV text (.csv)</source>
        <translation>Texto CSV (.csv)</translation>
    </message>
    <message>
        <source>Commas between cells, decimal point (9.5)</source>
        <translation>Comas entre celdas, punto decimal (9.5)</translation>
    </message>
    <message>
        <source>Semicolons between cells, decimal comma (9,5)</source>
        <translation>Punto y coma entre celdas, coma decimal (9,5)</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>&amp;Tipo de archivo:</translation>
    </message>
    <message>
        <source>&amp;Numbers and cells:</source>
        <translation>&amp;Números y celdas:</translation>
    </message>
    <message>
        <source>Student numbers such as 00123 lose their leading zeros when a spreadsheet opens a CSV file; the workbook keeps them.</source>
        <translation>Los números de estudiante como 00123 pierden los ceros iniciales cuando una hoja de cálculo abre un archivo CSV; el libro de Excel los conserva.</translation>
    </message>
    <message>
        <source>Numbers stay numbers and student numbers stay text in every spreadsheet, whatever its language.</source>
        <translation>Los números siguen siendo números y los números de estudiante siguen siendo texto en cualquier hoja de cálculo, sea cual sea su idioma.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>k12::ExportYearDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the Year</source>
        <translation>Exportar el año</translation>
    </message>
    <message>
        <source>One zip file with every class of the term, archived ones too: each gradebook as CSV and XLSX, the progress reports as one PDF per class, and the unit plans as PDF. The file holds students&apos; names and grades: keep it private.</source>
        <translation>Un archivo zip con todas las clases del ciclo, también las archivadas: cada libro de calificaciones en CSV y XLSX, los informes de progreso en un PDF por clase y los planes de unidad en PDF. El archivo contiene nombres y calificaciones de estudiantes: manténgalo privado.</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Ciclo:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
    <message>
        <source>Writing the year&apos;s export...</source>
        <translation>Escribiendo la exportación del año...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n class(es).</source>
        <translation>
            <numerusform>Se escribió %1: %n clase.</numerusform>
            <numerusform>Se escribió %1: %n clases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1 (class %2 of %3)...</source>
        <translation>Escribiendo %1 (clase %2 de %3)...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
</context>
<context>
    <name>k12::FamilyActions</name>
    <message>
        <source>Choose a guardian to invite.</source>
        <translation>Elija un tutor al que invitar.</translation>
    </message>
    <message>
        <source>That guardian no longer exists.</source>
        <translation>Ese tutor ya no existe.</translation>
    </message>
    <message numerus="yes">
        <source>%n guardian(s) cannot be invited without an email: %1. Add an email first.</source>
        <translation>
            <numerusform>No se puede invitar a %n tutor sin correo electrónico: %1. Agregue primero un correo electrónico.</numerusform>
            <numerusform>No se puede invitar a %n tutores sin correo electrónico: %1. Agregue primero un correo electrónico.</numerusform>
        </translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Esa clase ya no existe.</translation>
    </message>
    <message>
        <source>No notice to send: none of these students has missing work and a guardian with an email who receives reports.</source>
        <translation>No hay ningún aviso que enviar: ninguno de estos estudiantes tiene trabajos sin entregar y un tutor con correo electrónico que reciba informes.</translation>
    </message>
</context>
<context>
    <name>k12::FinalActions</name>
    <message>
        <source>That grading period no longer exists.</source>
        <translation>Ese periodo de calificaciones ya no existe.</translation>
    </message>
    <message>
        <source>Set Final Grade Formula</source>
        <translation>Definir la fórmula de la calificación final</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no formula: it is already graded by its own assignments.</source>
        <translation>«%1» no tiene fórmula: ya se califica con sus propias tareas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; shares days with &quot;%2&quot;: only a term computed by formula may. Remove the term instead, or change its dates first.</source>
        <translation>«%1» comparte días con «%2»: solo puede hacerlo un periodo calculado por fórmula. Quite ese periodo, o cambie antes sus fechas.</translation>
    </message>
    <message>
        <source>Clear Final Grade Formula</source>
        <translation>Borrar la fórmula de la calificación final</translation>
    </message>
    <message>
        <source>A grading period needs a name.</source>
        <translation>Un periodo de calificaciones necesita un nombre.</translation>
    </message>
    <message>
        <source>This class already has a grading period &quot;%1&quot;.</source>
        <translation>Esta clase ya tiene el periodo de calificaciones «%1».</translation>
    </message>
    <message>
        <source>A term takes its dates from its periods: add the class&apos;s grading periods first.</source>
        <translation>Un periodo calculado toma sus fechas de sus periodos: agregue primero los periodos de calificaciones de la clase.</translation>
    </message>
    <message>
        <source>Add Term</source>
        <translation>Agregar periodo calculado</translation>
    </message>
    <message>
        <source>That student no longer exists.</source>
        <translation>Ese estudiante ya no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a letter of this class&apos;s grading scale (%2).</source>
        <translation>«%1» no es una letra de la escala de calificaciones de esta clase (%2).</translation>
    </message>
    <message>
        <source>Give a reason for overriding the final letter: it is kept with the grade.</source>
        <translation>Indique un motivo para sustituir la letra final: se guarda con la calificación.</translation>
    </message>
    <message>
        <source>Override Final Letter</source>
        <translation>Sustituir la letra final</translation>
    </message>
    <message>
        <source>That final letter is not overridden.</source>
        <translation>Esa letra final no está sustituida.</translation>
    </message>
    <message>
        <source>Clear Final Letter Override</source>
        <translation>Quitar la sustitución de la letra final</translation>
    </message>
</context>
<context>
    <name>k12::FinalCommands</name>
    <message>
        <source>--part &quot;%1&quot;: write NAME=WEIGHT, e.g. Q1=40 or &quot;assignment:Final Exam=20&quot;.</source>
        <translation>--part «%1»: escriba NOMBRE=PONDERACIÓN, p. ej. T1=40 o &quot;assignment:Examen final=20&quot;.</translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the weight &quot;%2&quot; is not a number.</source>
        <translation>--part «%1»: la ponderación «%2» no es un número.</translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the class has no grading period &quot;%2&quot;.</source>
        <translation>--part «%1»: la clase no tiene el periodo de calificaciones «%2».</translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the class has no assignment &quot;%2&quot;.</source>
        <translation>--part «%1»: la clase no tiene la tarea «%2».</translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: more than one assignment is titled &quot;%2&quot;; give its id.</source>
        <translation>--part «%1»: hay más de una tarea con el título «%2»; indique su id.</translation>
    </message>
    <message>
        <source>--part &quot;%1&quot;: the class has no category &quot;%2&quot;.</source>
        <translation>--part «%1»: la clase no tiene la categoría «%2».</translation>
    </message>
    <message>
        <source>The class has no grading period &quot;%1&quot;.</source>
        <translation>La clase no tiene el periodo de calificaciones «%1».</translation>
    </message>
    <message>
        <source>Set the formula of a period&apos;s final grade, e.g. S1 = 40 % Q1 + 40 % Q2 + 20 % the final exam; a period that does not exist yet is added as a term spanning its periods. Parts with nothing graded yet are left out and the other weights scaled up.</source>
        <translation>Define la fórmula de la calificación final de un periodo, p. ej. S1 = 40 % T1 + 40 % T2 + 20 % el examen final; un periodo que aún no existe se agrega como periodo calculado que abarca sus periodos. Las partes sin nada calificado se omiten y las demás ponderaciones se escalan.</translation>
    </message>
    <message>
        <source>The period, e.g. S1.</source>
        <translation>El periodo, p. ej. S1.</translation>
    </message>
    <message>
        <source>A part and its weight: Q1=40 (a period), &quot;assignment:Final Exam=20&quot;, &quot;category:Tests=10&quot;. Repeat for each part.</source>
        <translation>Una parte y su ponderación: T1=40 (un periodo), &quot;assignment:Examen final=20&quot;, &quot;category:Exámenes=10&quot;. Repítalo para cada parte.</translation>
    </message>
    <message>
        <source>Remove the formula: the period is graded by its own assignments again.</source>
        <translation>Quitar la fórmula: el periodo vuelve a calificarse con sus propias tareas.</translation>
    </message>
    <message>
        <source>give --part (one or more) or --clear</source>
        <translation>indique --part (una o más) o --clear</translation>
    </message>
    <message>
        <source>%1 is graded by its own assignments.</source>
        <translation>%1 se califica con sus propias tareas.</translation>
    </message>
    <message>
        <source>Student number or id.</source>
        <translation>Número o id del estudiante.</translation>
    </message>
    <message>
        <source>The grading period (name or id); without it, the course&apos;s final.</source>
        <translation>El periodo de calificaciones (nombre o id); sin él, la calificación final del curso.</translation>
    </message>
    <message>
        <source>Clear the override of a student&apos;s final letter: the computed letter is reported again.</source>
        <translation>Quita la sustitución de la letra final de un estudiante: se vuelve a informar la letra calculada.</translation>
    </message>
    <message>
        <source>Override a student&apos;s final letter with a reason (kept with the grade, in the audit and the export); the percentage stays as computed.</source>
        <translation>Sustituye la letra final de un estudiante, con un motivo (se guarda con la calificación, en la auditoría y en la exportación); el porcentaje queda como se calculó.</translation>
    </message>
    <message>
        <source>A letter of the class&apos;s grading scale.</source>
        <translation>Una letra de la escala de calificaciones de la clase.</translation>
    </message>
    <message>
        <source>Why the letter is overridden.</source>
        <translation>Por qué se sustituye la letra.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>List each student&apos;s final in a period (or the course): percentage, computed letter, reported letter, and the override&apos;s reason.</source>
        <translation>Lista la calificación final de cada estudiante en un periodo (o en el curso): porcentaje, letra calculada, letra informada y el motivo de la sustitución.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Mostrar un arreglo JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Set or clear the final grade formula of a period (adds a term when new).</source>
        <translation>Define o borra la fórmula de la calificación final de un periodo (agrega un periodo calculado si es nuevo).</translation>
    </message>
    <message>
        <source>Override a student&apos;s final letter, with a reason.</source>
        <translation>Sustituye la letra final de un estudiante, con un motivo.</translation>
    </message>
    <message>
        <source>Clear the override of a student&apos;s final letter.</source>
        <translation>Quita la sustitución de la letra final de un estudiante.</translation>
    </message>
    <message>
        <source>List the students&apos; finals with their letters and overrides.</source>
        <translation>Lista las calificaciones finales de los estudiantes con sus letras y sustituciones.</translation>
    </message>
</context>
<context>
    <name>k12::FinalGrades</name>
    <message>
        <source>Overridden from %1: %2</source>
        <translation>Sustituida desde %1: %2</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>k12::FinalLetterOverrides</name>
    <message>
        <source>&amp;Override Final Letter...</source>
        <translation>&amp;Sustituir la letra final...</translation>
    </message>
    <message>
        <source>Clear &amp;Override</source>
        <translation>Quitar la &amp;sustitución</translation>
    </message>
    <message>
        <source>Report another letter than the computed one for this student&apos;s final, with a reason (select the student&apos;s Final % or Letter cell)</source>
        <translation>Informar otra letra distinta de la calculada para la calificación final de este estudiante, con un motivo (seleccione la celda % final o Letra del estudiante)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>course final</source>
        <translation>calificación final del curso</translation>
    </message>
    <message>
        <source>Select a student&apos;s Final % or Letter cell first.</source>
        <translation>Seleccione primero la celda % final o Letra de un estudiante.</translation>
    </message>
</context>
<context>
    <name>k12::FinalOverrideDialog</name>
    <message>
        <source>Override Final Letter</source>
        <translation>Sustituir la letra final</translation>
    </message>
    <message>
        <source>e.g. Completed the unit retake</source>
        <translation>p. ej. Completó la recuperación de la unidad</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>nothing graded yet</source>
        <translation>aún no hay nada calificado</translation>
    </message>
    <message>
        <source>The percentage stays as computed; reports and exports show this letter, marked with *, and the reason.</source>
        <translation>El porcentaje queda como se calculó; los informes y las exportaciones muestran esta letra, marcada con *, y el motivo.</translation>
    </message>
    <message>
        <source>Computed:</source>
        <translation>Calculada:</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Letra:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Override</source>
        <translation>&amp;Sustituir</translation>
    </message>
</context>
<context>
    <name>k12::FinishPage</name>
    <message>
        <source>You&apos;re ready to teach</source>
        <translation>Ya puede empezar a enseñar</translation>
    </message>
    <message>
        <source>Everything below is saved. Press Finish to open your class.</source>
        <translation>Todo lo que ve abajo está guardado. Pulse Finalizar para abrir su clase.</translation>
    </message>
    <message>
        <source>Open this walkthrough again any time from Help &gt; Getting Started Walkthrough.</source>
        <translation>Vuelva a abrir este recorrido guiado cuando quiera desde Ayuda &gt; Recorrido de primeros pasos.</translation>
    </message>
    <message>
        <source>The class of this walkthrough no longer exists.</source>
        <translation>La clase de este recorrido guiado ya no existe.</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is set up:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; está configurada:</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>no grading categories (grades count total points)</source>
        <translation>sin categorías de calificación (las calificaciones cuentan el total de puntos)</translation>
    </message>
    <message>
        <source>grading categories: %1</source>
        <translation>categorías de calificación: %1</translation>
    </message>
    <message>
        <source>unit &lt;i&gt;%1&lt;/i&gt;, %2 to %3</source>
        <translation>unidad &lt;i&gt;%1&lt;/i&gt;, del %2 al %3</translation>
    </message>
    <message>
        <source>first lesson &lt;i&gt;%1&lt;/i&gt; on %2</source>
        <translation>primera lección &lt;i&gt;%1&lt;/i&gt; el %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Next steps&lt;/b&gt; (a checklist in the main window ticks them off as you go):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Add an assignment: &lt;i&gt;Class &amp;gt; Add Assignment&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Enter a grade: type a score in the &lt;i&gt;Gradebook&lt;/i&gt; grid&lt;/li&gt;&lt;li&gt;Export the gradebook: &lt;i&gt;File &amp;gt; Export Gradebook&lt;/i&gt;&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Próximos pasos&lt;/b&gt; (una lista en la ventana principal los marca a medida que avanza):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Agregar una tarea: &lt;i&gt;Clase &amp;gt; Agregar tarea&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Introducir una calificación: escriba una puntuación en la cuadrícula del &lt;i&gt;Libro de calificaciones&lt;/i&gt;&lt;/li&gt;&lt;li&gt;Exportar el libro de calificaciones: &lt;i&gt;Archivo &amp;gt; Exportar libro de calificaciones&lt;/i&gt;&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>k12::FormulaEditor</name>
    <message>
        <source>Add Pa&amp;rt</source>
        <translation>Agregar pa&amp;rte</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>Quitar parte</translation>
    </message>
    <message>
        <source>&amp;Save Formula</source>
        <translation>&amp;Guardar fórmula</translation>
    </message>
    <message>
        <source>Clear Formula</source>
        <translation>Borrar fórmula</translation>
    </message>
    <message>
        <source>The period whose final grade this formula computes. Type a new name (e.g. S1) to add a term over other periods.</source>
        <translation>El periodo cuya calificación final calcula esta fórmula. Escriba un nombre nuevo (p. ej. S1) para agregar un periodo calculado sobre otros periodos.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Ponderación</translation>
    </message>
    <message>
        <source>Final grade of</source>
        <translation>Calificación final de</translation>
    </message>
    <message>
        <source>Parts with nothing graded yet are left out and the other weights scaled up. An assignment part counts after the late and missing rules; a category part counts the category&apos;s work within the period&apos;s dates.</source>
        <translation>Las partes sin nada calificado se omiten y las demás ponderaciones se escalan. Una parte de tarea cuenta después de las reglas de entrega tardía y no entregada; una parte de categoría cuenta los trabajos de la categoría dentro de las fechas del periodo.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Assignment: %1</source>
        <translation>Tarea: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Choose a period, or type the name of a new term.</source>
        <translation>Elija un periodo o escriba el nombre de un nuevo periodo calculado.</translation>
    </message>
    <message>
        <source>%1 is based on its own assignments.</source>
        <translation>%1 se basa en sus propias tareas.</translation>
    </message>
    <message>
        <source>Period computed by the formula</source>
        <translation>Período calculado por la fórmula</translation>
    </message>
    <message>
        <source>Formula parts</source>
        <translation>Partes de la fórmula</translation>
    </message>
</context>
<context>
    <name>k12::GettingStartedChecklist</name>
    <message>
        <source>Add an assignment</source>
        <translation>Agregar una tarea</translation>
    </message>
    <message>
        <source>Class &gt; Add Assignment (Ctrl+Shift+A)</source>
        <translation>Clase &gt; Agregar tarea (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Enter a grade</source>
        <translation>Introducir una calificación</translation>
    </message>
    <message>
        <source>Type a score into a cell of the Gradebook grid</source>
        <translation>Escriba una puntuación en una celda del libro de calificaciones</translation>
    </message>
    <message>
        <source>Export the gradebook</source>
        <translation>Exportar el libro de calificaciones</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide this list; the walkthrough stays in the Help menu</source>
        <translation>Ocultar esta lista; el recorrido guiado sigue en el menú Ayuda</translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started: all done!&lt;/b&gt;</source>
        <translation>&lt;b&gt;Primeros pasos: ¡todo listo!&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Getting started&lt;/b&gt; (%1 of 3):</source>
        <translation>&lt;b&gt;Primeros pasos&lt;/b&gt; (%1 de 3):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>File &gt; Export Gradebook</source>
        <translation>Archivo &gt; Exportar libro de calificaciones</translation>
    </message>
</context>
<context>
    <name>k12::GradeActions</name>
    <message>
        <source>&quot;%1&quot; is graded in points; use --points.</source>
        <translation>«%1» se califica con puntos; use --points.</translation>
    </message>
    <message>
        <source>Set Grade</source>
        <translation>Poner calificación</translation>
    </message>
    <message>
        <source>%1: nothing to change.</source>
        <translation>%1: no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Import Scores</source>
        <translation>Importar puntuaciones</translation>
    </message>
    <message>
        <source>Turned In</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>That is not a date.</source>
        <translation>Eso no es una fecha.</translation>
    </message>
    <message>
        <source>Mark Missing Past Due</source>
        <translation>Marcar como no entregados los vencidos</translation>
    </message>
</context>
<context>
    <name>k12::GradeByAssignmentDialog</name>
    <message>
        <source>Visible to students</source>
        <translation>Visible para los estudiantes</translation>
    </message>
    <message>
        <source>Grade by Assignment</source>
        <translation>Calificar por tarea</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>Todos los estudiantes</translation>
    </message>
    <message>
        <source>Ungraded only</source>
        <translation>Solo sin calificar</translation>
    </message>
    <message>
        <source>Missing only</source>
        <translation>Solo no entregados</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>Clear Grades</source>
        <translation>Borrar calificaciones</translation>
    </message>
    <message>
        <source>%1 of %2 graded</source>
        <translation>%1 de %2 calificados</translation>
    </message>
</context>
<context>
    <name>k12::GradeByStandardDialog</name>
    <message>
        <source>Grade by Standard</source>
        <translation>Calificar por estándar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Levels: %1. Type a level and Enter; Delete clears.</source>
        <translation>Niveles: %1. Escriba un nivel y pulse Intro; Supr lo borra.</translation>
    </message>
    <message>
        <source>&amp;Standards...</source>
        <translation>&amp;Estándares...</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>This assignment is not tagged with a standard yet: choose Standards...</source>
        <translation>Esta tarea todavía no está etiquetada con un estándar: elija Estándares...</translation>
    </message>
</context>
<context>
    <name>k12::GradebookColumns</name>
    <message>
        <source>names the student</source>
        <translation>nombra al estudiante</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>the class or section</source>
        <translation>la clase o sección</translation>
    </message>
    <message>
        <source>a sign-in name</source>
        <translation>un nombre de usuario</translation>
    </message>
</context>
<context>
    <name>k12::GradebookData</name>
    <message>
        <source>That class no longer exists.</source>
        <translation>Esa clase ya no existe.</translation>
    </message>
    <message>
        <source>Cannot read the gradebook: %1</source>
        <translation>No se puede leer el libro de calificaciones: %1</translation>
    </message>
</context>
<context>
    <name>k12::GradebookModel</name>
    <message>
        <source>%1 (student number %2)</source>
        <translation>%1 (número de estudiante %2)</translation>
    </message>
    <message>
        <source>EX</source>
        <translation>EX</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exento</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>%1 of %2 points</source>
        <translation>%1 de %2 puntos</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>sin calificar</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>no entregado</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>justificado</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exento</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>comentario: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 points counted; %n score(s) dropped</source>
        <translation>
            <numerusform>%1 de %2 puntos contados; se descartó %n puntuación</numerusform>
            <numerusform>%1 de %2 puntos contados; se descartaron %n puntuaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 points in total</source>
        <translation>%1 de %2 puntos en total</translation>
    </message>
    <message>
        <source>%1
%2 pts</source>
        <translation>%1
%2 pts</translation>
    </message>
    <message>
        <source>%1
extra credit</source>
        <translation>%1
crédito extra</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>Points possible: %1</source>
        <translation>Puntos posibles: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Entrega: %1</translation>
    </message>
    <message>
        <source>Graded with letters</source>
        <translation>Calificada con letras</translation>
    </message>
    <message>
        <source>Hidden from students</source>
        <translation>Oculta para los estudiantes</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>%1 %
(weight %2)</source>
        <translation>%1 %
(pond. %2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>Drops the lowest %n score(s)</source>
        <translation>
            <numerusform>Descarta la puntuación más baja</numerusform>
            <numerusform>Descarta las %n puntuaciones más bajas</numerusform>
        </translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>% final</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letra</translation>
    </message>
    <message>
        <source>L%1</source>
        <translation>L%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no grade yet</source>
        <translation>sin calificación todavía</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>fijada a mano</translation>
    </message>
    <message>
        <source>letter %1, %2 of %3 points</source>
        <translation>letra %1, %2 de %3 puntos</translation>
    </message>
    <message>
        <source>letter %1</source>
        <translation>letra %1</translation>
    </message>
</context>
<context>
    <name>k12::GradebookPanel</name>
    <message>
        <source>Add &amp;Assignment...</source>
        <translation>Nueva &amp;tarea...</translation>
    </message>
    <message>
        <source>Add &amp;Category...</source>
        <translation>Nueva &amp;categoría...</translation>
    </message>
    <message>
        <source>&amp;Grading Settings...</source>
        <translation>Con&amp;figuración...</translation>
    </message>
    <message>
        <source>Mark &amp;Missing</source>
        <translation>No &amp;entregado</translation>
    </message>
    <message>
        <source>Mark &amp;Excused</source>
        <translation>&amp;Justificado</translation>
    </message>
    <message>
        <source>Mark &amp;Late</source>
        <translation>&amp;Tarde</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>&amp;Desmarcar</translation>
    </message>
    <message>
        <source>C&amp;lear Grades</source>
        <translation>B&amp;orrar calificaciones</translation>
    </message>
    <message>
        <source>&amp;Set Score...</source>
        <translation>&amp;Poner puntuación...</translation>
    </message>
    <message>
        <source>Fill &amp;Empty Cells...</source>
        <translation>Rellenar celdas &amp;vacías...</translation>
    </message>
    <message>
        <source>Fill &amp;Down</source>
        <translation>Rellenar hacia a&amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>C&amp;urve Assignment...</source>
        <translation>Aplicar c&amp;urva a la tarea...</translation>
    </message>
    <message>
        <source>Co&amp;mment...</source>
        <translation>Co&amp;mentario...</translation>
    </message>
    <message>
        <source>&amp;Publish Assignments</source>
        <translation>P&amp;ublicar tareas</translation>
    </message>
    <message>
        <source>&amp;Hide Assignments</source>
        <translation>&amp;Ocultar tareas</translation>
    </message>
    <message>
        <source>Grade &amp;by Assignment...</source>
        <translation>Calificar por t&amp;area...</translation>
    </message>
    <message>
        <source>Not turned in (Ctrl+M; or type M in a cell)</source>
        <translation>No entregado (Ctrl+M; o escriba M en una celda)</translation>
    </message>
    <message>
        <source>Left out of the average (Ctrl+Shift+E; or type EX in a cell)</source>
        <translation>Fuera del promedio (Ctrl+Shift+E; o escriba EX en una celda)</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>En bloque</translation>
    </message>
    <message>
        <source>Scores not imported</source>
        <translation>Puntuaciones no importadas</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n change(s).</source>
        <translation>
            <numerusform>Se importó %n cambio.</numerusform>
            <numerusform>Se importaron %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Gradebook</source>
        <translation>Exportar libro de calificaciones</translation>
    </message>
    <message>
        <source>Gradebook not exported</source>
        <translation>Libro de calificaciones no exportado</translation>
    </message>
    <message>
        <source>Gradebook exported to %1.</source>
        <translation>Libro de calificaciones exportado a %1.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>No assignments yet: add one with Add Assignment (Ctrl+Shift+A).</source>
        <translation>Todavía no hay tareas: agregue una con Agregar tarea (Ctrl+Shift+A).</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s), no grades yet.</source>
        <translation>
            <numerusform>%n estudiante, todavía sin calificaciones.</numerusform>
            <numerusform>%n estudiantes, todavía sin calificaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) · class average %1%</source>
        <translation>
            <numerusform>%n estudiante · promedio de la clase %1%</numerusform>
            <numerusform>%n estudiantes · promedio de la clase %1%</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;...</source>
        <translation>Editar «%1»...</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;...</source>
        <translation>Eliminar «%1»...</translation>
    </message>
    <message>
        <source>Edit Category...</source>
        <translation>Editar categoría...</translation>
    </message>
    <message>
        <source>&amp;Turned In On...</source>
        <translation>Entregado e&amp;l...</translation>
    </message>
    <message>
        <source>Turned in late; keeps the points (Ctrl+Shift+L; or type L3 in a cell: 3 days late)</source>
        <translation>Entregado tarde; conserva los puntos (Ctrl+Shift+L; o escriba L3 en una celda: 3 días de retraso)</translation>
    </message>
    <message>
        <source>The date the work came in: the due date makes the days late and the class&apos;s late penalty applies (Ctrl+Shift+T)</source>
        <translation>La fecha en que se entregó el trabajo: la fecha de entrega determina los días de retraso y se aplica la penalización por retraso de la clase (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Grade by S&amp;tandard...</source>
        <translation>Calificar por e&amp;stándar...</translation>
    </message>
    <message>
        <source>Ta&amp;g with Standards...</source>
        <translation>Eti&amp;quetar con estándares...</translation>
    </message>
    <message>
        <source>Import &amp;Scores...</source>
        <translation>Importar pu&amp;ntuaciones...</translation>
    </message>
    <message>
        <source>&amp;Export Gradebook...</source>
        <translation>&amp;Exportar libro de calificaciones...</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message numerus="yes">
        <source>Standards: %n tag(s) added</source>
        <translation>
            <numerusform>Estándares: se agregó %n etiqueta</numerusform>
            <numerusform>Estándares: se agregaron %n etiquetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken off</source>
        <translation>
            <numerusform>se quitó %n</numerusform>
            <numerusform>se quitaron %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Standards...</source>
        <translation>Estándares...</translation>
    </message>
    <message>
        <source>Grade by Standard...</source>
        <translation>Calificar por estándar...</translation>
    </message>
</context>
<context>
    <name>k12::GradebookStructure</name>
    <message>
        <source>Assignment not added</source>
        <translation>Tarea no agregada</translation>
    </message>
    <message>
        <source>Assignment added. Type scores; Enter moves down.</source>
        <translation>Tarea agregada. Escriba las puntuaciones; Intro baja a la siguiente.</translation>
    </message>
    <message>
        <source>Assignment not saved</source>
        <translation>Tarea no guardada</translation>
    </message>
    <message>
        <source>Delete Assignment</source>
        <translation>Eliminar tarea</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; and hide its grades? You can undo this with Edit &gt; Undo.</source>
        <translation>¿Eliminar «%1» y ocultar sus calificaciones? Puede deshacerlo con Editar &gt; Deshacer.</translation>
    </message>
    <message>
        <source>Assignment not deleted</source>
        <translation>Tarea no eliminada</translation>
    </message>
    <message>
        <source>Category not added</source>
        <translation>Categoría no agregada</translation>
    </message>
    <message>
        <source>Category not saved</source>
        <translation>Categoría no guardada</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>Grading settings saved; grades recalculated.</source>
        <translation>Configuración de calificación guardada; calificaciones recalculadas.</translation>
    </message>
    <message>
        <source>&amp;Grading Periods</source>
        <translation>&amp;Periodos de calificaciones</translation>
    </message>
</context>
<context>
    <name>k12::GradebookView</name>
    <message>
        <source>Gradebook</source>
        <translation>Libro de calificaciones</translation>
    </message>
</context>
<context>
    <name>k12::GradingPeriodsPage</name>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Double-click a name or a date (YYYY-MM-DD) to change it. An assignment counts in the period it was put in, else in the period containing its due date.</source>
        <translation>Haga doble clic en un nombre o una fecha (AAAA-MM-DD) para cambiarlo. Una tarea cuenta en el periodo donde se puso, o si no en el periodo que contiene su fecha de entrega.</translation>
    </message>
    <message>
        <source>e.g. Q1</source>
        <translation>p. ej. T1</translation>
    </message>
    <message>
        <source>&amp;Add Period</source>
        <translation>&amp;Agregar periodo</translation>
    </message>
    <message>
        <source>&amp;Remove Period</source>
        <translation>&amp;Quitar periodo</translation>
    </message>
    <message>
        <source>from</source>
        <translation>del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Add &amp;Quarters</source>
        <translation>Agregar &amp;trimestres</translation>
    </message>
    <message>
        <source>Add S&amp;emesters</source>
        <translation>Agregar s&amp;emestres</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Copy the periods of</source>
        <translation>Copiar los periodos de</translation>
    </message>
    <message>
        <source>Changes on this tab are saved at once; Edit &gt; Undo takes each one back. Quarters and semesters split the school year evenly on school days (Monday to Friday).</source>
        <translation>Los cambios en esta pestaña se guardan al momento; Editar &gt; Deshacer revierte cada uno. Los trimestres y semestres dividen el año escolar por igual en días escolares (de lunes a viernes).</translation>
    </message>
    <message>
        <source>(no other class has grading periods)</source>
        <translation>(ninguna otra clase tiene periodos de calificaciones)</translation>
    </message>
    <message>
        <source>Write dates as YYYY-MM-DD, e.g. 2026-09-07.</source>
        <translation>Escriba las fechas como AAAA-MM-DD, p. ej. 2026-09-07.</translation>
    </message>
    <message>
        <source>Final Grade Formula</source>
        <translation>Fórmula de la calificación final</translation>
    </message>
    <message>
        <source>by formula</source>
        <translation>por fórmula</translation>
    </message>
    <message>
        <source>New period&apos;s name</source>
        <translation>Nombre del nuevo período</translation>
    </message>
    <message>
        <source>New period starts</source>
        <translation>Inicio del nuevo período</translation>
    </message>
    <message>
        <source>New period ends</source>
        <translation>Fin del nuevo período</translation>
    </message>
    <message>
        <source>School year starts</source>
        <translation>Inicio del año escolar</translation>
    </message>
    <message>
        <source>School year ends</source>
        <translation>Fin del año escolar</translation>
    </message>
    <message>
        <source>Grading periods</source>
        <translation>Períodos de calificación</translation>
    </message>
</context>
<context>
    <name>k12::GuardianActions</name>
    <message>
        <source>That student no longer exists.</source>
        <translation>Ese estudiante ya no existe.</translation>
    </message>
    <message>
        <source>Another guardian, %1, already has the email &quot;%2&quot;.</source>
        <translation>Otro tutor, %1, ya tiene el correo electrónico «%2».</translation>
    </message>
    <message>
        <source>%1 is already a guardian of this student.</source>
        <translation>%1 ya es tutor/a de este estudiante.</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>Agregar tutor/a</translation>
    </message>
    <message>
        <source>That guardian no longer exists.</source>
        <translation>Ese tutor ya no existe.</translation>
    </message>
    <message>
        <source>Edit Guardian</source>
        <translation>Editar tutor/a</translation>
    </message>
    <message>
        <source>Link Guardian</source>
        <translation>Vincular tutor/a</translation>
    </message>
    <message>
        <source>That guardian is not linked to this student.</source>
        <translation>Ese tutor no está vinculado a este estudiante.</translation>
    </message>
    <message>
        <source>Remove Guardian</source>
        <translation>Quitar tutor/a</translation>
    </message>
    <message>
        <source>Delete Guardian</source>
        <translation>Eliminar tutor/a</translation>
    </message>
</context>
<context>
    <name>k12::GuardianColumns</name>
    <message>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>%1, line %2: the columns &quot;%3&quot; and &quot;%4&quot; are the same guardian field.</source>
        <translation>%1, línea %2: las columnas «%3» y «%4» son el mismo dato del tutor.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a guardian email column needs a guardian name column beside it (for example &quot;Guardian 1 Name&quot;).</source>
        <translation>%1, línea %2, columna %3: una columna de correo electrónico de tutor necesita al lado una columna con el nombre del tutor (por ejemplo «Guardian 1 Name»).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: a guardian column needs a guardian name column beside it (for example &quot;Guardian 1 Name&quot;).</source>
        <translation>%1, línea %2, columna %3: una columna de tutor necesita al lado una columna con el nombre del tutor (por ejemplo «Guardian 1 Name»).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>the guardian has no name (the row has other details of this guardian).</source>
        <translation>el tutor no tiene nombre (la fila tiene otros datos de este tutor).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a given and a family name.</source>
        <translation>«%1» necesita un nombre y un apellido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language (use a code like &quot;es&quot; or a name like &quot;Spanish&quot;).</source>
        <translation>«%1» no es un idioma (use un código como «es» o un nombre como «Spanish»).</translation>
    </message>
</context>
<context>
    <name>k12::GuardianCommands</name>
    <message>
        <source>The student&apos;s number (or id).</source>
        <translation>El número (o id) del estudiante.</translation>
    </message>
    <message>
        <source>The class (id or exact name) the student is in, when student numbers repeat across the profile.</source>
        <translation>La clase (id o nombre exacto) del estudiante, cuando los números de estudiante se repiten en el perfil.</translation>
    </message>
    <message>
        <source>--student is required</source>
        <translation>--student es obligatorio</translation>
    </message>
    <message>
        <source>No student has the number or id &quot;%1&quot;.</source>
        <translation>Ningún estudiante tiene el número o id «%1».</translation>
    </message>
    <message>
        <source>Several students have the number &quot;%1&quot;; add --class to say which class.</source>
        <translation>Varios estudiantes tienen el número «%1»; agregue --class para indicar qué clase.</translation>
    </message>
    <message>
        <source>Add a guardian to a student and print the guardian&apos;s id. A guardian whose email is already in the profile (a sibling&apos;s) is linked instead of added twice.</source>
        <translation>Agrega un tutor a un estudiante y muestra el id del tutor. Un tutor cuyo correo electrónico ya está en el perfil (el de un hermano) se vincula en lugar de agregarse dos veces.</translation>
    </message>
    <message>
        <source>Given (first) name.</source>
        <translation>Nombre (de pila).</translation>
    </message>
    <message>
        <source>Family (last) name.</source>
        <translation>Apellido.</translation>
    </message>
    <message>
        <source>Email address.</source>
        <translation>Correo electrónico.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Número de teléfono.</translation>
    </message>
    <message>
        <source>Mother, Father, Grandparent, Guardian, ...</source>
        <translation>Madre, Padre, Abuelo/a, Tutor/a, ...</translation>
    </message>
    <message>
        <source>Language of the guardian&apos;s reports, e.g. es (default: the teacher&apos;s).</source>
        <translation>Idioma de los informes del tutor, p. ej. es (predeterminado: el del docente).</translation>
    </message>
    <message>
        <source>The guardian does not receive progress reports.</source>
        <translation>El tutor no recibe informes de progreso.</translation>
    </message>
    <message>
        <source>--language: &quot;%1&quot; is not a language code like &quot;es&quot;.</source>
        <translation>--language: «%1» no es un código de idioma como «es».</translation>
    </message>
    <message>
        <source>A guardian with this email was already in the profile: linked to this student too (its details are unchanged).</source>
        <translation>Ya había un tutor con este correo electrónico en el perfil: se vinculó también a este estudiante (sus datos no cambian).</translation>
    </message>
    <message>
        <source>List the guardians of a class&apos;s students: student number, student, guardian, relationship, email, phone, language and whether they receive reports.</source>
        <translation>Lista los tutores de los estudiantes de una clase: número de estudiante, estudiante, tutor, parentesco, correo electrónico, teléfono, idioma y si reciben informes.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>informes</translation>
    </message>
    <message>
        <source>no reports</source>
        <translation>sin informes</translation>
    </message>
    <message>
        <source>--email is required</source>
        <translation>--email es obligatorio</translation>
    </message>
    <message>
        <source>No guardian has the email &quot;%1&quot;.</source>
        <translation>Ningún tutor tiene el correo electrónico «%1».</translation>
    </message>
    <message>
        <source>Link a guardian already in the profile (found by email) to another student: a sibling.</source>
        <translation>Vincula un tutor que ya está en el perfil (buscado por correo electrónico) a otro estudiante: un hermano.</translation>
    </message>
    <message>
        <source>The guardian&apos;s email.</source>
        <translation>El correo electrónico del tutor.</translation>
    </message>
    <message>
        <source>Remove a guardian (found by email) from a student with --student, or from the profile without it. A guardian left with no student is removed.</source>
        <translation>Quita un tutor (buscado por correo electrónico) de un estudiante con --student, o del perfil sin él. Un tutor que se queda sin estudiantes se elimina.</translation>
    </message>
    <message>
        <source>Add a guardian to a student (or link the one with the same email); prints its id.</source>
        <translation>Agrega un tutor a un estudiante (o vincula el que tiene el mismo correo electrónico); muestra su id.</translation>
    </message>
    <message>
        <source>List the guardians of a class&apos;s students.</source>
        <translation>Lista los tutores de los estudiantes de una clase.</translation>
    </message>
    <message>
        <source>Link an existing guardian to another student (a sibling).</source>
        <translation>Vincula un tutor existente a otro estudiante (un hermano).</translation>
    </message>
    <message>
        <source>Remove a guardian from a student, or from the profile.</source>
        <translation>Quita un tutor de un estudiante, o del perfil.</translation>
    </message>
    <message>
        <source>The student has no guardian with the email or name &quot;%1&quot;; &quot;k12-teacher guardian list&quot; shows them.</source>
        <translation>El estudiante no tiene ningún tutor con el correo electrónico o el nombre «%1»; «k12-teacher guardian list» los muestra.</translation>
    </message>
    <message>
        <source>Invite a student&apos;s guardians to the family portal: the server emails each a link once this is synced. Without --guardian, every guardian of the student with an email. An invitation is sent, not undone; inviting again sends a new link.</source>
        <translation>Invita a los tutores de un estudiante al portal para familias: el servidor envía a cada uno un enlace por correo electrónico cuando esto se sincroniza. Sin --guardian, todos los tutores del estudiante con correo electrónico. Una invitación se envía y no se deshace; invitar de nuevo envía un enlace nuevo.</translation>
    </message>
    <message>
        <source>The guardian&apos;s email or &quot;Given Family&quot; name.</source>
        <translation>El correo electrónico del tutor o su nombre «Nombre Apellido».</translation>
    </message>
    <message>
        <source>Skipped %1: no email.</source>
        <translation>Se omitió a %1: no tiene correo electrónico.</translation>
    </message>
    <message>
        <source>The student has no guardian to invite.</source>
        <translation>El estudiante no tiene ningún tutor al que invitar.</translation>
    </message>
    <message>
        <source>Nobody was invited: no guardian has an email.</source>
        <translation>No se invitó a nadie: ningún tutor tiene correo electrónico.</translation>
    </message>
    <message>
        <source>Invited %1 &lt;%2&gt;.</source>
        <translation>Se invitó a %1 &lt;%2&gt;.</translation>
    </message>
    <message>
        <source>&quot;k12-teacher sync&quot; sends the invitations; the server then emails the links.</source>
        <translation>«k12-teacher sync» envía las invitaciones; después el servidor envía los enlaces por correo electrónico.</translation>
    </message>
    <message>
        <source>Not signed in: the invitations wait here until you sign in and run &quot;k12-teacher sync&quot;.</source>
        <translation>No ha iniciado sesión: las invitaciones esperan aquí hasta que inicie sesión y ejecute «k12-teacher sync».</translation>
    </message>
    <message>
        <source>Invite a student&apos;s guardians (or one) to the family portal.</source>
        <translation>Invita a los tutores de un estudiante (o a uno) al portal para familias.</translation>
    </message>
</context>
<context>
    <name>k12::GuardianDialog</name>
    <message>
        <source>&amp;Receives progress reports</source>
        <translation>&amp;Recibe informes de progreso</translation>
    </message>
    <message>
        <source>Add Guardian</source>
        <translation>Agregar tutor/a</translation>
    </message>
    <message>
        <source>optional; siblings&apos; guardians are matched by email</source>
        <translation>opcional; los tutores de hermanos se reconocen por el correo electrónico</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Madre</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Padre</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Padre/madre</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Tutor/a</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Abuelo/a</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>pick or type</source>
        <translation>elija o escriba</translation>
    </message>
    <message>
        <source>The teacher&apos;s language</source>
        <translation>El idioma del docente</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Idioma de los informes</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Re&amp;lationship:</source>
        <translation>&amp;Parentesco:</translation>
    </message>
    <message>
        <source>Report l&amp;anguage:</source>
        <translation>&amp;Idioma de los informes:</translation>
    </message>
    <message>
        <source>Edit Guardian</source>
        <translation>Editar tutor/a</translation>
    </message>
</context>
<context>
    <name>k12::GuardiansSection</name>
    <message>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Agregar...</translation>
    </message>
    <message>
        <source>E&amp;dit...</source>
        <translation>E&amp;ditar...</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Link Existing...</source>
        <translation>&amp;Vincular existente...</translation>
    </message>
    <message>
        <source>Guardians of this student</source>
        <translation>Tutores de este estudiante</translation>
    </message>
    <message>
        <source>Add a guardian already linked to another student (a sibling).</source>
        <translation>Agregar un tutor ya vinculado a otro estudiante (un hermano).</translation>
    </message>
    <message>
        <source>Guardian not added</source>
        <translation>Tutor no agregado</translation>
    </message>
    <message>
        <source>Guardian linked</source>
        <translation>Tutor vinculado</translation>
    </message>
    <message>
        <source>A guardian with this email is already in your classes: that guardian is now linked to this student too, with the details they already had.</source>
        <translation>Ya hay un tutor con este correo electrónico en sus clases: ese tutor ahora está vinculado también a este estudiante, con los datos que ya tenía.</translation>
    </message>
    <message>
        <source>Guardian not saved</source>
        <translation>Tutor no guardado</translation>
    </message>
    <message>
        <source>Guardian not removed</source>
        <translation>Tutor no quitado</translation>
    </message>
    <message>
        <source>%1 — guardian of %2</source>
        <translation>%1 — tutor/a de %2</translation>
    </message>
    <message>
        <source>Link Existing Guardian</source>
        <translation>Vincular un tutor existente</translation>
    </message>
    <message>
        <source>No other student has a guardian yet. Use Add to enter one.</source>
        <translation>Ningún otro estudiante tiene tutor todavía. Use Agregar para introducir uno.</translation>
    </message>
    <message>
        <source>A guardian of another student (a sibling):</source>
        <translation>Un tutor de otro estudiante (un hermano):</translation>
    </message>
    <message>
        <source>Guardian not linked</source>
        <translation>Tutor no vinculado</translation>
    </message>
    <message>
        <source>Invited %1</source>
        <translation>Invitado/a: %1</translation>
    </message>
    <message>
        <source>&amp;Invite to Family Portal...</source>
        <translation>&amp;Invitar al portal para familias...</translation>
    </message>
    <message>
        <source>Select a guardian to invite.</source>
        <translation>Seleccione un tutor al que invitar.</translation>
    </message>
    <message>
        <source>%1 has no email: edit the guardian and add one to invite them.</source>
        <translation>%1 no tiene correo electrónico: edite el tutor y agregue uno para invitarlo.</translation>
    </message>
    <message>
        <source>Save the student first.</source>
        <translation>Guarde primero el estudiante.</translation>
    </message>
    <message>
        <source>%1; inviting again emails a new link.</source>
        <translation>%1; invitar de nuevo envía un enlace nuevo por correo electrónico.</translation>
    </message>
    <message>
        <source>Email %1 a link to sign up for the family portal (after the next sync).</source>
        <translation>Enviar a %1 por correo electrónico un enlace para registrarse en el portal para familias (tras la próxima sincronización).</translation>
    </message>
    <message>
        <source>Invite to Family Portal</source>
        <translation>Invitar al portal para familias</translation>
    </message>
    <message>
        <source>Invite %1 to the family portal? The server emails %2 a link to sign up after the next sync. An invitation is sent like an email: it cannot be undone.</source>
        <translation>¿Invitar a %1 al portal para familias? El servidor envía a %2 un enlace para registrarse tras la próxima sincronización. Una invitación se envía como un correo electrónico: no se puede deshacer.</translation>
    </message>
    <message>
        <source>Guardian not invited</source>
        <translation>Tutor no invitado</translation>
    </message>
</context>
<context>
    <name>k12::HeldDeletions</name>
    <message>
        <source>Deleted on the server, which was restored from a backup: kept here until you apply or refuse it.</source>
        <translation>Eliminado en el servidor, que se restauró desde una copia de seguridad: se guarda aquí hasta que usted lo aplique o lo rechace.</translation>
    </message>
    <message>
        <source>Part of a deletion of more than half of a class: kept here until you apply or refuse it.</source>
        <translation>Parte de una eliminación de más de la mitad de una clase: se guarda aquí hasta que usted la aplique o la rechace.</translation>
    </message>
    <message>
        <source>The local database is busy: %1</source>
        <translation>La base de datos local está ocupada: %1</translation>
    </message>
    <message>
        <source>Cannot read a row to keep: %1</source>
        <translation>No se puede leer una fila que conservar: %1</translation>
    </message>
</context>
<context>
    <name>k12::HeldDeletionsBar</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Conservar las mías</translation>
    </message>
    <message>
        <source>Deletions waiting for you</source>
        <translation>Eliminaciones pendientes de su decisión</translation>
    </message>
    <message>
        <source>Show the rows the server removed in Sync Problems</source>
        <translation>Mostrar en Problemas de sincronización las filas que quitó el servidor</translation>
    </message>
    <message>
        <source>Delete them on this computer too, as the server has</source>
        <translation>Eliminarlas también en este equipo, como hizo el servidor</translation>
    </message>
    <message>
        <source>Keep them here and send them back to the server</source>
        <translation>Conservarlas aquí y enviarlas de vuelta al servidor</translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n calificación</numerusform>
            <numerusform>%n calificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other row(s)</source>
        <translation>
            <numerusform>%n fila más</numerusform>
            <numerusform>%n filas más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>a class</source>
        <translation>una clase</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other class(es)</source>
        <translation>
            <numerusform>%1 y %n clase más</numerusform>
            <numerusform>%1 y %n clases más</numerusform>
        </translation>
    </message>
    <message>
        <source>The server removed %1 in %2. Nothing was deleted here yet.</source>
        <translation>El servidor quitó %1 en %2. Aquí todavía no se eliminó nada.</translation>
    </message>
    <message>
        <source>Apply the Server&apos;s Deletions</source>
        <translation>Aplicar las eliminaciones del servidor</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n row(s) on this computer too? A backup of your data is taken every day; Keep Mine sends them back to the server instead.</source>
        <translation>
            <numerusform>¿Eliminar también esta %n fila en este equipo? Cada día se hace una copia de seguridad de sus datos; Conservar las mías las envía de vuelta al servidor.</numerusform>
            <numerusform>¿Eliminar también estas %n filas en este equipo? Cada día se hace una copia de seguridad de sus datos; Conservar las mías las envía de vuelta al servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>Eliminaciones</translation>
    </message>
</context>
<context>
    <name>k12::HeldRows</name>
    <message>
        <source>Cannot set aside a row from the server: %1</source>
        <translation>No se puede apartar una fila del servidor: %1</translation>
    </message>
    <message>
        <source>Cannot update a row set aside: %1</source>
        <translation>No se puede actualizar una fila apartada: %1</translation>
    </message>
</context>
<context>
    <name>k12::HeldRowsView</name>
    <message>
        <source>&lt;b&gt;From the server, not stored here.&lt;/b&gt; These rows could not be saved on this computer. Everything else was synced; they are tried again at every sync. If they stay, copy the details for your school&apos;s IT.</source>
        <translation>&lt;b&gt;Del servidor, no guardadas aquí.&lt;/b&gt; Estas filas no se pudieron guardar en este equipo. Todo lo demás se sincronizó; se vuelven a intentar en cada sincronización. Si siguen aquí, copie los detalles para el personal de informática de su escuela.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Why it was not stored</source>
        <translation>Por qué no se guardó</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message numerus="yes">
        <source>Tried at %n syncs without success.</source>
        <translation>
            <numerusform>Se intentó en %n sincronización sin éxito.</numerusform>
            <numerusform>Se intentó en %n sincronizaciones sin éxito.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (server revision %3), from a %4: %5</source>
        <translation>%1 %2 (revisión del servidor %3), de un %4: %5</translation>
    </message>
    <message>
        <source>pull</source>
        <translation>descarga</translation>
    </message>
    <message>
        <source>push answer</source>
        <translation>respuesta a un envío</translation>
    </message>
</context>
<context>
    <name>k12::ImportCommands</name>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation>La clase: su id o su nombre exacto.</translation>
    </message>
    <message>
        <source>Check the file and report what would change; write nothing.</source>
        <translation>Comprobar el archivo e informar de lo que cambiaría; no escribir nada.</translation>
    </message>
    <message>
        <source>Create assignments the class does not have yet (points from the Points Possible row, else 100).</source>
        <translation>Crear las tareas que la clase aún no tiene (puntos de la fila Points Possible, o si no 100).</translation>
    </message>
    <message>
        <source>--class is required</source>
        <translation>--class es obligatorio</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1: no se puede abrir el archivo (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3; %n row(s)</source>
        <translation>
            <numerusform>%1: %2, %3; %n fila</numerusform>
            <numerusform>%1: %2, %3; %n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>no se importó nada: %n problema en el archivo.</numerusform>
            <numerusform>no se importó nada: %n problemas en el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) to change</source>
        <translation>
            <numerusform>%n puntuación que cambiar</numerusform>
            <numerusform>%n puntuaciones que cambiar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new assignment(s)</source>
        <translation>
            <numerusform>%n tarea nueva</numerusform>
            <numerusform>%n tareas nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>no se importó nada: %1</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <source>Import scores from a CSV or XLSX file: a K12 Teacher or Canvas gradebook export, or a sheet with a student number column and one column per assignment. Every problem is listed by line and column, every column that is not read says why, and nothing is written unless the whole file is valid.</source>
        <translation>Importa puntuaciones de un archivo CSV o XLSX: una exportación del libro de calificaciones de K12 Teacher o de Canvas, o una hoja con una columna de número de estudiante y una columna por tarea. Cada problema se indica por línea y columna, cada columna que no se lee dice por qué, y no se escribe nada si el archivo entero no es válido.</translation>
    </message>
    <message>
        <source>The file to import (.csv or .xlsx).</source>
        <translation>El archivo que se importará (.csv o .xlsx).</translation>
    </message>
    <message>
        <source>XLSX: the worksheet to read (default: the first).</source>
        <translation>XLSX: la hoja que se leerá (predeterminada: la primera).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Import scores from a CSV or XLSX file (all or nothing).</source>
        <translation>Importa puntuaciones de un archivo CSV o XLSX (todo o nada).</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; not imported as scores (%2)</source>
        <translation>la columna «%1» no se importó como puntuaciones (%2)</translation>
    </message>
</context>
<context>
    <name>k12::ImportScoresDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>No se eligió ningún archivo.</translation>
    </message>
    <message>
        <source>Cancel Reading</source>
        <translation>Cancelar lectura</translation>
    </message>
    <message>
        <source>Create assignments the class does not have yet</source>
        <translation>Crear las tareas que la clase aún no tiene</translation>
    </message>
    <message>
        <source>Skip the rows with problems and import the rest</source>
        <translation>Omitir las filas con problemas e importar el resto</translation>
    </message>
    <message>
        <source>Import Scores — %1</source>
        <translation>Importar puntuaciones — %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Choose File...</source>
        <translation>Elegir archivo...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation>Qué cambiará:</translation>
    </message>
    <message>
        <source>Import Scores</source>
        <translation>Importar puntuaciones</translation>
    </message>
    <message>
        <source>cannot open the file (%1).</source>
        <translation>no se puede abrir el archivo (%1).</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>Leyendo %1...</translation>
    </message>
    <message>
        <source>Reading was cancelled; nothing will be imported.</source>
        <translation>Se canceló la lectura; no se importará nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %3): %n row(s), </source>
        <translation>
            <numerusform>%1 (%2, %3): %n fila, </numerusform>
            <numerusform>%1 (%2, %3): %n filas, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) to change, </source>
        <translation>
            <numerusform>%n puntuación que cambiar, </numerusform>
            <numerusform>%n puntuaciones que cambiar, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as in the gradebook.</source>
        <translation>
            <numerusform>%n ya igual que en el libro de calificaciones.</numerusform>
            <numerusform>%n ya iguales que en el libro de calificaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new assignment(s) will be created.</source>
        <translation>
            <numerusform>Se creará %n tarea nueva.</numerusform>
            <numerusform>Se crearán %n tareas nuevas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing is imported until they are fixed or skipped.</source>
        <translation>
            <numerusform>%n problema: no se importa nada hasta que se corrija u omita.</numerusform>
            <numerusform>%n problemas: no se importa nada hasta que se corrijan u omitan.</numerusform>
        </translation>
    </message>
    <message>
        <source> (new)</source>
        <translation> (nueva)</translation>
    </message>
    <message>
        <source>EX</source>
        <translation>EX</translation>
    </message>
    <message>
        <source>EXEMPT</source>
        <translation>EXEMPT</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <source>%1 (skipped: line %2 has a problem)</source>
        <translation>%1 (omitida: la línea %2 tiene un problema)</translation>
    </message>
    <message>
        <source>%1 (line %2 has a problem)</source>
        <translation>%1 (la línea %2 tiene un problema)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Problems, and columns that hold no scores:</source>
        <translation>Problemas, y columnas que no contienen puntuaciones:</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not imported as scores (%2).</source>
        <translation>La columna «%1» no se importa como puntuaciones (%2).</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
</context>
<context>
    <name>k12::InsightPanel</name>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Missing work</source>
        <translation>Trabajos sin entregar</translation>
    </message>
    <message>
        <source>What it takes</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Estándares</translation>
    </message>
    <message>
        <source>Final %, in steps of 10</source>
        <translation>% final, en tramos de 10</translation>
    </message>
    <message>
        <source>Students per letter</source>
        <translation>Estudiantes por letra</translation>
    </message>
    <message>
        <source>Scores, % of points possible, in steps of 10</source>
        <translation>Puntuaciones, % de los puntos posibles, en tramos de 10</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>By student</source>
        <translation>Por estudiante</translation>
    </message>
    <message>
        <source>By assignment</source>
        <translation>Por tarea</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Score needed on:</source>
        <translation>Puntuación necesaria en:</translation>
    </message>
    <message>
        <source>The same percentage on every assignment still to come (or on the chosen one) that reaches each letter. Extra credit is not counted on; missing and excused marks stay as they are.</source>
        <translation>El mismo porcentaje en cada tarea pendiente (o en la elegida) que alcanza cada letra. No se cuenta con el crédito extra; las marcas de no entregado y justificado se quedan como están.</translation>
    </message>
    <message numerus="yes">
        <source>Below %1 %, %n or more missing, or down %2 points or more in %3 days.</source>
        <translation>
            <numerusform>Por debajo del %1 %, %n o más no entregada, o una bajada de %2 puntos o más en %3 días.</numerusform>
            <numerusform>Por debajo del %1 %, %n o más no entregadas, o una bajada de %2 puntos o más en %3 días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The change is not known for %n student(s): a score was changed on another device.</source>
        <translation>
            <numerusform>No se conoce el cambio de %n estudiante: se cambió una puntuación en otro dispositivo.</numerusform>
            <numerusform>No se conoce el cambio de %n estudiantes: se cambió una puntuación en otro dispositivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n no entregada</numerusform>
            <numerusform>%n no entregadas</numerusform>
        </translation>
    </message>
    <message>
        <source>At risk (%1)</source>
        <translation>En riesgo (%1)</translation>
    </message>
    <message>
        <source>Missing work (%1)</source>
        <translation>Trabajos sin entregar (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) with a Final %, %1 without one yet.</source>
        <translation>
            <numerusform>%n estudiante con % final, %1 todavía sin él.</numerusform>
            <numerusform>%n estudiantes con % final, %1 todavía sin él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) with a Final %.</source>
        <translation>
            <numerusform>%n estudiante con % final.</numerusform>
            <numerusform>%n estudiantes con % final.</numerusform>
        </translation>
    </message>
    <message>
        <source>all remaining work</source>
        <translation>todo el trabajo pendiente</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <source>No assignments yet.</source>
        <translation>Todavía no hay tareas.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Scored:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mean:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Median:&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Lowest:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Highest:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Missing:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Excused:&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table&gt;&lt;tr&gt;&lt;td&gt;Calificadas:&lt;/td&gt;&lt;td align=right&gt;%1&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Media:&lt;/td&gt;&lt;td align=right&gt;%2&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mediana:&lt;/td&gt;&lt;td align=right&gt;%3&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Mínima:&lt;/td&gt;&lt;td align=right&gt;%4&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Máxima:&lt;/td&gt;&lt;td align=right&gt;%5&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;No entregadas:&lt;/td&gt;&lt;td align=right&gt;%6&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Justificadas:&lt;/td&gt;&lt;td align=right&gt;%7&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Missing work copied (%n row(s)).</source>
        <translation>
            <numerusform>Trabajos sin entregar copiados (%n fila).</numerusform>
            <numerusform>Trabajos sin entregar copiados (%n filas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export missing work</source>
        <translation>Exportar trabajos sin entregar</translation>
    </message>
    <message>
        <source>missing-work.csv</source>
        <translation>trabajos-sin-entregar.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Missing work exported.</source>
        <translation>Trabajos sin entregar exportados.</translation>
    </message>
    <message>
        <source>Insight sections</source>
        <translation>Secciones de análisis</translation>
    </message>
    <message>
        <source>Send &amp;Notice…</source>
        <translation>Enviar &amp;aviso…</translation>
    </message>
    <message>
        <source>Email families their child&apos;s missing published work through the server</source>
        <translation>Enviar por correo a las familias, a través del servidor, los trabajos publicados que su hijo o hija no entregó</translation>
    </message>
    <message numerus="yes">
        <source>The change over %n day(s) is still being worked out.</source>
        <translation>
            <numerusform>El cambio en %n día todavía se está calculando.</numerusform>
            <numerusform>El cambio en %n días todavía se está calculando.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>%1 to %2 %</source>
        <translation>de %1 a %2 %</translation>
    </message>
    <message>
        <source>%1 % or more</source>
        <translation>%1 % o más</translation>
    </message>
</context>
<context>
    <name>k12::InsightSettingsPage</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> or more</source>
        <translation> o más</translation>
    </message>
    <message>
        <source> points or more</source>
        <translation> puntos o más</translation>
    </message>
    <message>
        <source>The Insight tab lists a student as at risk when any of these holds.</source>
        <translation>La pestaña Análisis muestra a un estudiante en riesgo cuando se cumple cualquiera de estas condiciones.</translation>
    </message>
    <message>
        <source>Final % &amp;below:</source>
        <translation>% final &amp;por debajo de:</translation>
    </message>
    <message>
        <source>&amp;Missing assignments:</source>
        <translation>Tareas &amp;no entregadas:</translation>
    </message>
    <message>
        <source>&amp;Drop over two weeks:</source>
        <translation>&amp;Bajada en dos semanas:</translation>
    </message>
</context>
<context>
    <name>k12::LanguageSettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The app&apos;s words, numbers and dates follow this language. A change applies the next time K12 Teacher starts.</source>
        <translation>Las palabras, los números y las fechas de la aplicación siguen este idioma. Un cambio se aplica la próxima vez que se inicia K12 Teacher.</translation>
    </message>
    <message>
        <source>In any language, a score may be typed with a decimal point (9.5) or a decimal comma (9,5); scores take no thousands separators.</source>
        <translation>En cualquier idioma, una puntuación puede escribirse con punto decimal (9.5) o coma decimal (9,5); las puntuaciones no llevan separador de miles.</translation>
    </message>
</context>
<context>
    <name>k12::LateWork</name>
    <message>
        <source>The turned-in date is not a date (YYYY-MM-DD).</source>
        <translation>La fecha de entrega no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no due date, so the days late cannot be worked out from the date the work was turned in. Give it a due date (Edit Assignment, or assignment add --due), or type L and the days late in the cell (L3: 3 days late).</source>
        <translation>«%1» no tiene fecha de entrega, así que los días de retraso no se pueden calcular a partir de la fecha en que se entregó el trabajo. Póngale una fecha de entrega (Editar tarea, o assignment add --due), o escriba L y los días de retraso en la celda (L3: 3 días de retraso).</translation>
    </message>
    <message>
        <source>%1 is after today: work cannot have been turned in then.</source>
        <translation>%1 es posterior a hoy: el trabajo no puede haberse entregado ese día.</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>a tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%n school day(s) late</source>
        <translation>
            <numerusform>%n día escolar de retraso</numerusform>
            <numerusform>%n días escolares de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% a day, at least %2% kept</source>
        <translation>%1% por día, se conserva al menos el %2%</translation>
    </message>
    <message>
        <source>%1% a day</source>
        <translation>%1% por día</translation>
    </message>
    <message>
        <source>Late, no days given: no penalty (type L3 for 3 days late)</source>
        <translation>Tarde, sin días indicados: sin penalización (escriba L3 para 3 días de retraso)</translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): no penalty (this class has no late penalty)</source>
        <translation>
            <numerusform>Tarde %n día: sin penalización (esta clase no tiene penalización por retraso)</numerusform>
            <numerusform>Tarde %n días: sin penalización (esta clase no tiene penalización por retraso)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): no penalty, the score does not count</source>
        <translation>
            <numerusform>Tarde %n día: sin penalización, la puntuación no cuenta</numerusform>
            <numerusform>Tarde %n días: sin penalización, la puntuación no cuenta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): -%1% once graded (%2)</source>
        <translation>
            <numerusform>Tarde %n día: -%1% una vez calificada (%2)</numerusform>
            <numerusform>Tarde %n días: -%1% una vez calificada (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Late %n day(s): -%1% (%2): %3 → %4</source>
        <translation>
            <numerusform>Tarde %n día: -%1% (%2): %3 → %4</numerusform>
            <numerusform>Tarde %n días: -%1% (%2): %3 → %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n school day(s) after the due date of &quot;%2&quot;.</source>
        <translation>
            <numerusform>%1 está %n día escolar después de la fecha de entrega de «%2».</numerusform>
            <numerusform>%1 está %n días escolares después de la fecha de entrega de «%2».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A score holds at most %n day(s) late.</source>
        <translation>
            <numerusform>Una puntuación admite como máximo %n día de retraso.</numerusform>
            <numerusform>Una puntuación admite como máximo %n días de retraso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::LessonEditor</name>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>I</source>
        <translation>C</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Students will be able to...</source>
        <translation>Los estudiantes serán capaces de...</translation>
    </message>
    <message>
        <source>Handouts, equipment, links</source>
        <translation>Fotocopias, material, enlaces</translation>
    </message>
    <message>
        <source>What students do before the next lesson</source>
        <translation>Lo que hacen los estudiantes antes de la siguiente lección</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Negrita (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Cursiva (Ctrl+I)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>&amp;Activities:</source>
        <translation>&amp;Actividades:</translation>
    </message>
    <message>
        <source>&amp;Materials:</source>
        <translation>&amp;Materiales:</translation>
    </message>
    <message>
        <source>&amp;Homework:</source>
        <translation>&amp;Tarea para casa:</translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation>Estándares:</translation>
    </message>
    <message>
        <source>Assi&amp;gnment:</source>
        <translation>&amp;Tarea asociada:</translation>
    </message>
    <message>
        <source>Edit Lesson Title</source>
        <translation>Editar el título de la lección</translation>
    </message>
    <message>
        <source>Change Lesson Date</source>
        <translation>Cambiar la fecha de la lección</translation>
    </message>
    <message>
        <source>Edit Lesson Objectives</source>
        <translation>Editar los objetivos de la lección</translation>
    </message>
    <message>
        <source>Edit Lesson Activities</source>
        <translation>Editar las actividades de la lección</translation>
    </message>
    <message>
        <source>Edit Lesson Materials</source>
        <translation>Editar los materiales de la lección</translation>
    </message>
    <message>
        <source>Edit Lesson Homework</source>
        <translation>Editar la tarea para casa de la lección</translation>
    </message>
    <message>
        <source>This lesson no longer exists.</source>
        <translation>Esta lección ya no existe.</translation>
    </message>
    <message>
        <source>Change Lesson Standards</source>
        <translation>Cambiar los estándares de la lección</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson&lt;/b&gt; in unit &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;b&gt;Lección&lt;/b&gt; de la unidad &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lesson&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lección&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Unlink Assignment</source>
        <translation>Desvincular tarea</translation>
    </message>
    <message>
        <source>Link Assignment</source>
        <translation>Vincular tarea</translation>
    </message>
    <message>
        <source>Standard %1 added to the class.</source>
        <translation>Estándar %1 agregado a la clase.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>k12::LessonListModel</name>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1. %2  ·  %3</source>
        <translation>%1. %2  ·  %3</translation>
    </message>
</context>
<context>
    <name>k12::LessonPage</name>
    <message>
        <source>Your first lesson</source>
        <translation>Su primera lección</translation>
    </message>
    <message>
        <source>Plan the first lesson of the unit. Activities, materials and homework can follow in the Plans tab.</source>
        <translation>Planifique la primera lección de la unidad. Las actividades, los materiales y la tarea para casa pueden agregarse después en la pestaña Planes.</translation>
    </message>
    <message>
        <source>Students will be able to... (optional)</source>
        <translation>Los estudiantes serán capaces de... (opcional)</translation>
    </message>
    <message>
        <source>Lesson &amp;title:</source>
        <translation>&amp;Título de la lección:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>Lesson 1</source>
        <translation>Lección 1</translation>
    </message>
    <message>
        <source>Pick a day within the unit, from %1 to %2.</source>
        <translation>Elija un día dentro de la unidad, del %1 al %2.</translation>
    </message>
    <message>
        <source>Give the lesson a title.</source>
        <translation>Ponga un título a la lección.</translation>
    </message>
    <message>
        <source>The unit of this lesson is gone: go back one step and save it again.</source>
        <translation>La unidad de esta lección ya no existe: vuelva un paso atrás y guárdela de nuevo.</translation>
    </message>
    <message>
        <source>The lesson was not saved: %1</source>
        <translation>La lección no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>k12::LevelDialog</name>
    <message>
        <source>Assessed &amp;on</source>
        <translation>Evaluado &amp;el</translation>
    </message>
    <message>
        <source>&amp;Remove Level</source>
        <translation>&amp;Quitar nivel</translation>
    </message>
    <message>
        <source>Standard Level</source>
        <translation>Nivel del estándar</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (entrega: %2)</translation>
    </message>
    <message>
        <source>%1 - not tagged yet</source>
        <translation>%1 - todavía sin etiquetar</translation>
    </message>
    <message>
        <source>Without a date, the level counts as assessed on the assignment&apos;s due date (or today)</source>
        <translation>Sin fecha, el nivel cuenta como evaluado en la fecha de entrega de la tarea (o hoy)</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <source>Standard:</source>
        <translation>Estándar:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Assignment:</source>
        <translation>&amp;Tarea:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>This class has no assignments yet: add one in the Gradebook tab first.</source>
        <translation>Esta clase todavía no tiene tareas: agregue primero una en la pestaña Libro de calificaciones.</translation>
    </message>
</context>
<context>
    <name>k12::MainWindow</name>
    <message>
        <source>K12 Teacher</source>
        <translation>K12 Teacher</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clases&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to K12 Teacher&lt;/h2&gt;&lt;p&gt;Everything you enter is saved on this computer at once and works without a network.&lt;/p&gt;&lt;p&gt;Start by creating your first class.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenido a K12 Teacher&lt;/h2&gt;&lt;p&gt;Todo lo que introduce se guarda al momento en este equipo y funciona sin red.&lt;/p&gt;&lt;p&gt;Empiece creando su primera clase.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create a Class...</source>
        <translation>Crear una clase...</translation>
    </message>
    <message>
        <source>&amp;Gradebook</source>
        <translation>Li&amp;bro de calificaciones</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>Lis&amp;ta de clase</translation>
    </message>
    <message>
        <source>P&amp;lans</source>
        <translation>&amp;Planes</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>&amp;New Class...</source>
        <translation>&amp;Nueva clase...</translation>
    </message>
    <message>
        <source>Create a class (course section)</source>
        <translation>Crear una clase (sección de un curso)</translation>
    </message>
    <message>
        <source>&amp;Edit Class...</source>
        <translation>&amp;Editar clase...</translation>
    </message>
    <message>
        <source>&amp;Archive Class</source>
        <translation>&amp;Archivar clase</translation>
    </message>
    <message>
        <source>Hide a finished class from the sidebar; nothing is deleted</source>
        <translation>Ocultar una clase terminada de la barra lateral; no se elimina nada</translation>
    </message>
    <message>
        <source>Show Archived Classes</source>
        <translation>Mostrar clases archivadas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Gra&amp;des</source>
        <translation>&amp;Calificaciones</translation>
    </message>
    <message>
        <source>&amp;Class</source>
        <translation>C&amp;lase</translation>
    </message>
    <message>
        <source>&amp;Students</source>
        <translation>E&amp;studiantes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Getting Started Walkthrough...</source>
        <translation>&amp;Recorrido de primeros pasos...</translation>
    </message>
    <message>
        <source>&amp;About K12 Teacher</source>
        <translation>&amp;Acerca de K12 Teacher</translation>
    </message>
    <message>
        <source>Un&amp;archive Class</source>
        <translation>Desarc&amp;hivar clase</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Grado %1</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Periodo %1</translation>
    </message>
    <message>
        <source>%1 — K12 Teacher</source>
        <translation>%1 — K12 Teacher</translation>
    </message>
    <message>
        <source>Class not created</source>
        <translation>Clase no creada</translation>
    </message>
    <message>
        <source>Class created. Add students next.</source>
        <translation>Clase creada. Ahora agregue estudiantes.</translation>
    </message>
    <message>
        <source>Class not saved</source>
        <translation>Clase no guardada</translation>
    </message>
    <message>
        <source>Class not changed</source>
        <translation>Clase sin cambios</translation>
    </message>
    <message>
        <source>Class restored.</source>
        <translation>Clase restaurada.</translation>
    </message>
    <message>
        <source>Class archived. Show it again with Class &gt; Show Archived Classes.</source>
        <translation>Clase archivada. Vuelva a mostrarla con Clase &gt; Mostrar clases archivadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n clase</numerusform>
            <numerusform>%n clases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved on this computer</source>
        <translation>Guardado en este equipo</translation>
    </message>
    <message numerus="yes">
        <source>Saved on this computer · %n change(s) not yet synced</source>
        <translation>
            <numerusform>Guardado en este equipo · %n cambio sin sincronizar</numerusform>
            <numerusform>Guardado en este equipo · %n cambios sin sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Sy&amp;nc</source>
        <translation>Sinc&amp;ronizar</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>About K12 Teacher</source>
        <translation>Acerca de K12 Teacher</translation>
    </message>
    <message>
        <source>&lt;h3&gt;K12 Teacher %1&lt;/h3&gt;&lt;p&gt;Grade, plan and run your classes offline; every change syncs with your school&apos;s server when the network allows.&lt;/p&gt;&lt;p&gt;Your data: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;K12 Teacher %1&lt;/h3&gt;&lt;p&gt;Califique, planifique y lleve sus clases sin conexión; cada cambio se sincroniza con el servidor de su escuela cuando la red lo permite.&lt;/p&gt;&lt;p&gt;Sus datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Insight</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>Master&amp;y</source>
        <translation>&amp;Dominio</translation>
    </message>
    <message>
        <source>This class is archived: it opens, exports and prints, but nothing in it can change. Class &gt; Unarchive Class restores it.</source>
        <translation>Esta clase está archivada: se abre, se exporta y se imprime, pero no se puede cambiar nada. Clase &gt; Desarchivar clase la restaura.</translation>
    </message>
    <message>
        <source>Archived class</source>
        <translation>Clase archivada</translation>
    </message>
    <message>
        <source>New &amp;Term...</source>
        <translation>Nuevo &amp;ciclo...</translation>
    </message>
    <message>
        <source>Start the next term from this one&apos;s classes; the old classes are archived</source>
        <translation>Empezar el siguiente ciclo a partir de las clases de este; las clases anteriores se archivan</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es) started in %1. Edit &gt; Undo takes it back.</source>
        <translation>
            <numerusform>%n clase empezada en %1. Editar &gt; Deshacer lo revierte.</numerusform>
            <numerusform>%n clases empezadas en %1. Editar &gt; Deshacer lo revierte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Backups...</source>
        <translation>Copias de &amp;seguridad...</translation>
    </message>
    <message>
        <source>Back up your data now, check a backup or restore one</source>
        <translation>Hacer ahora una copia de seguridad de sus datos, comprobar una copia o restaurarla</translation>
    </message>
    <message>
        <source>Progress &amp;Reports...</source>
        <translation>&amp;Informes de progreso...</translation>
    </message>
    <message>
        <source>Preview, print or save the class&apos;s progress reports for families</source>
        <translation>Ver, imprimir o guardar los informes de progreso de la clase para las familias</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Today&apos;s lessons, work to grade and students falling behind, in all classes</source>
        <translation>Las lecciones de hoy, los trabajos por calificar y los estudiantes que se quedan atrás, en todas las clases</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Send Missing-Work &amp;Notice...</source>
        <translation>Enviar aviso de trabajos sin e&amp;ntregar...</translation>
    </message>
    <message>
        <source>Preview, then email families their child&apos;s missing work through the server</source>
        <translation>Ver una vista previa y enviar por correo electrónico a las familias los trabajos sin entregar de su hijo/a a través del servidor</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) created; the server emails them after the next sync.</source>
        <translation>
            <numerusform>Se creó %n aviso; el servidor lo envía por correo electrónico tras la próxima sincronización.</numerusform>
            <numerusform>Se crearon %n avisos; el servidor los envía por correo electrónico tras la próxima sincronización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Today — K12 Teacher</source>
        <translation>Hoy — K12 Teacher</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Class pages</source>
        <translation>Páginas de la clase</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>Reminders and other settings of this profile</source>
        <translation>Recordatorios y otros ajustes de este perfil</translation>
    </message>
    <message>
        <source>Progress reports are written for one class: add a class first</source>
        <translation>Los informes de progreso se escriben para una clase: primero añada una clase</translation>
    </message>
</context>
<context>
    <name>k12::MasteryModel</name>
    <message>
        <source>Method: %1</source>
        <translation>Método: %1</translation>
    </message>
    <message>
        <source>Mastery: %1 (%2)</source>
        <translation>Dominio: %1 (%2)</translation>
    </message>
    <message>
        <source>Mastery: no result with this method</source>
        <translation>Dominio: sin resultado con este método</translation>
    </message>
    <message>
        <source>No evidence yet.</source>
        <translation>Todavía no hay evidencia.</translation>
    </message>
    <message>
        <source>Evidence, oldest first:</source>
        <translation>Evidencia, de la más antigua a la más reciente:</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>(no assignment)</source>
        <translation>(sin tarea)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Method: %1 (this standard&apos;s own)</source>
        <translation>Método: %1 (propio de este estándar)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1
* Its own method: %2 (the class uses %3)</source>
        <translation>%1
* Método propio: %2 (la clase usa %3)</translation>
    </message>
</context>
<context>
    <name>k12::MasteryPanel</name>
    <message>
        <source>Class setting</source>
        <translation>Configuración de la clase</translation>
    </message>
    <message>
        <source>Look at the class with another method; the class&apos;s own method is set in Class Settings</source>
        <translation>Ver la clase con otro método; el método propio de la clase se define en la configuración de la clase</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Niveles:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The level assessed last.</source>
        <translation>El último nivel evaluado.</translation>
    </message>
    <message>
        <source>The best level so far.</source>
        <translation>El mejor nivel hasta ahora.</translation>
    </message>
    <message>
        <source>The average of every level.</source>
        <translation>El promedio de todos los niveles.</translation>
    </message>
    <message>
        <source>The level given most often; on a tie, the more recent one.</source>
        <translation>El nivel dado más a menudo; en caso de empate, el más reciente.</translation>
    </message>
    <message>
        <source>The newest level weighted by the class&apos;s percentage, the average of the earlier ones the rest.</source>
        <translation>El nivel más reciente ponderado con el porcentaje de la clase, y el promedio de los anteriores el resto.</translation>
    </message>
    <message>
        <source>Each new level counts by the class&apos;s rate, the running average the rest: recent work weighs most.</source>
        <translation>Cada nivel nuevo cuenta según la tasa de la clase, y el promedio acumulado el resto: el trabajo reciente pesa más.</translation>
    </message>
    <message>
        <source>The average of the levels at or above the mastery threshold, once there are enough of them; no result before.</source>
        <translation>El promedio de los niveles iguales o superiores al umbral de dominio, cuando hay suficientes; antes, sin resultado.</translation>
    </message>
    <message>
        <source>Marzano&apos;s power law: the trend of the levels over time, at the latest one (the mean with fewer than 3).</source>
        <translation>Ley de potencia de Marzano: la tendencia de los niveles a lo largo del tiempo, en el último (la media con menos de 3).</translation>
    </message>
    <message>
        <source>Class setting: %1</source>
        <translation>Configuración de la clase: %1</translation>
    </message>
    <message>
        <source>Add &amp;Standard...</source>
        <translation>Agregar &amp;estándar...</translation>
    </message>
    <message>
        <source>Enter &amp;Level...</source>
        <translation>Introducir &amp;nivel...</translation>
    </message>
    <message>
        <source>Show &amp;Evidence...</source>
        <translation>Mostrar &amp;evidencia...</translation>
    </message>
    <message>
        <source>Add a standard to the class (the Plans tab&apos;s picker shares them)</source>
        <translation>Agregar un estándar a la clase (el selector de la pestaña Planes los comparte)</translation>
    </message>
    <message>
        <source>Enter the selected student&apos;s level on the selected standard for an assignment (or double-click the cell)</source>
        <translation>Introducir el nivel del estudiante seleccionado en el estándar seleccionado para una tarea (o hacer doble clic en la celda)</translation>
    </message>
    <message>
        <source>Chart the selected student&apos;s levels on the selected standard over time, with the mastery score and the power-law trend</source>
        <translation>Mostrar en un gráfico los niveles del estudiante seleccionado en el estándar seleccionado a lo largo del tiempo, con la puntuación de dominio y la tendencia de ley de potencia</translation>
    </message>
    <message>
        <source>This class has no standards yet. Add them here (Add Standard...) or in the Plans tab, or import a standards file with &quot;k12-teacher standard import&quot;; then double-click a cell to enter a student&apos;s level for an assignment.</source>
        <translation>Esta clase todavía no tiene estándares. Agréguelos aquí (Agregar estándar...) o en la pestaña Planes, o importe un archivo de estándares con «k12-teacher standard import»; después haga doble clic en una celda para introducir el nivel de un estudiante en una tarea.</translation>
    </message>
    <message>
        <source>Evidence: %1 on %2</source>
        <translation>Evidencia: %1 en %2</translation>
    </message>
    <message>
        <source>Add Standard</source>
        <translation>Agregar estándar</translation>
    </message>
    <message>
        <source>Code (e.g. RL.7.1):</source>
        <translation>Código (p. ej. RL.7.1):</translation>
    </message>
    <message>
        <source>What %1 asks for (optional):</source>
        <translation>Lo que pide %1 (opcional):</translation>
    </message>
    <message>
        <source>&amp;Method for This Standard...</source>
        <translation>&amp;Método para este estándar...</translation>
    </message>
    <message>
        <source>Compute the selected standard with its own mastery method instead of the class&apos;s (or go back to the class&apos;s)</source>
        <translation>Calcular el estándar seleccionado con su propio método de dominio en lugar del de la clase (o volver al de la clase)</translation>
    </message>
    <message>
        <source>Method for This Standard</source>
        <translation>Método para este estándar</translation>
    </message>
    <message>
        <source>* the standard&apos;s own method (right-click its header)</source>
        <translation>* método propio del estándar (clic derecho en su encabezado)</translation>
    </message>
</context>
<context>
    <name>k12::MasteryReport</name>
    <message>
        <source>Most recent</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <source>Weighted average</source>
        <translation>Promedio ponderado</translation>
    </message>
    <message>
        <source>Decaying average</source>
        <translation>Promedio decreciente</translation>
    </message>
    <message>
        <source>n-mastery</source>
        <translation>n-dominio</translation>
    </message>
    <message>
        <source>Power law</source>
        <translation>Ley de potencia</translation>
    </message>
    <message>
        <source>%1 (newest score weighted %2 %)</source>
        <translation>%1 (puntuación más reciente ponderada al %2 %)</translation>
    </message>
    <message>
        <source>%1 (rate %2 %)</source>
        <translation>%1 (tasa del %2 %)</translation>
    </message>
    <message>
        <source>That class no longer exists.</source>
        <translation>Esa clase ya no existe.</translation>
    </message>
    <message>
        <source>Cannot read the mastery evidence: %1</source>
        <translation>No se puede leer la evidencia de dominio: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n score(s) at or above %2)</source>
        <translation>
            <numerusform>%1 (%n puntuación igual o superior a %2)</numerusform>
            <numerusform>%1 (%n puntuaciones iguales o superiores a %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::MasterySettingsPage</name>
    <message>
        <source>Most recent score</source>
        <translation>Puntuación más reciente</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Puntuación más alta</translation>
    </message>
    <message>
        <source>Mean of all scores</source>
        <translation>Media de todas las puntuaciones</translation>
    </message>
    <message>
        <source>Most frequent score</source>
        <translation>Puntuación más frecuente</translation>
    </message>
    <message>
        <source>Weighted average (newest score weighted)</source>
        <translation>Promedio ponderado (con peso en la más reciente)</translation>
    </message>
    <message>
        <source>Decaying average</source>
        <translation>Promedio decreciente</translation>
    </message>
    <message>
        <source>n scores at mastery level</source>
        <translation>n puntuaciones en el nivel de dominio</translation>
    </message>
    <message>
        <source>Power law (Marzano)</source>
        <translation>Ley de potencia (Marzano)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Mastery &amp;level:</source>
        <translation>&amp;Nivel de dominio:</translation>
    </message>
    <message>
        <source>Scores &amp;needed:</source>
        <translation>Puntuaciones &amp;necesarias:</translation>
    </message>
    <message>
        <source>Proficiency scale</source>
        <translation>Escala de competencia</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Add Level</source>
        <translation>Agregar nivel</translation>
    </message>
    <message>
        <source>Remove Level</source>
        <translation>Quitar nivel</translation>
    </message>
    <message>
        <source>Reset to Default 1-4</source>
        <translation>Restablecer la escala 1-4</translation>
    </message>
    <message>
        <source>Lowest first. A standard&apos;s score takes the label of the highest level at or below it (2.6 is the level of 2); levels may be entered up to twice the top level.</source>
        <translation>De menor a mayor. La puntuación de un estándar toma la etiqueta del nivel más alto igual o inferior a ella (2,6 es del nivel 2); se pueden introducir niveles de hasta el doble del nivel máximo.</translation>
    </message>
    <message>
        <source>Proficiency scale, row %1: &quot;%2&quot; is not a number.</source>
        <translation>Escala de competencia, fila %1: «%2» no es un número.</translation>
    </message>
    <message>
        <source>Proficiency scale, row %1: the level needs a label.</source>
        <translation>Escala de competencia, fila %1: el nivel necesita una etiqueta.</translation>
    </message>
    <message>
        <source>Proficiency scale: %1</source>
        <translation>Escala de competencia: %1</translation>
    </message>
    <message>
        <source>Weight of the newest score:</source>
        <translation>Ponderación de la puntuación más reciente:</translation>
    </message>
    <message>
        <source>Decay rate:</source>
        <translation>Tasa de decrecimiento:</translation>
    </message>
    <message>
        <source>Proficiency levels</source>
        <translation>Niveles de dominio</translation>
    </message>
</context>
<context>
    <name>k12::MissingNoticeDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Students to send a notice for</source>
        <translation>Estudiantes a los que enviar un aviso</translation>
    </message>
    <message>
        <source>Preview of the notices</source>
        <translation>Vista previa de los avisos</translation>
    </message>
    <message>
        <source>Send Missing-Work Notice</source>
        <translation>Enviar aviso de trabajos sin entregar</translation>
    </message>
    <message>
        <source>Send Missing-Work Notice — %1</source>
        <translation>Enviar aviso de trabajos sin entregar — %1</translation>
    </message>
    <message>
        <source>%1 — nothing missing</source>
        <translation>%1 — nada sin entregar</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n missing</source>
        <translation>
            <numerusform>%1 — %n sin entregar</numerusform>
            <numerusform>%1 — %n sin entregar</numerusform>
        </translation>
    </message>
    <message>
        <source>The server emails each ticked student&apos;s guardians the list of missing work after the next sync. A notice is sent like an email: it cannot be undone.</source>
        <translation>Tras la próxima sincronización, el servidor envía por correo electrónico a los tutores de cada estudiante marcado la lista de trabajos sin entregar. Un aviso se envía como un correo electrónico: no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vista previa:</translation>
    </message>
    <message>
        <source>Tick &amp;Those with Missing Work</source>
        <translation>Marcar &amp;los que tienen trabajos sin entregar</translation>
    </message>
    <message>
        <source>&amp;Untick All</source>
        <translation>&amp;Desmarcar todos</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Sin entregar:</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, entrega: %2</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>No email: %1 will not get it. Add an email to their guardian details.</source>
        <translation>Sin correo electrónico: %1 no lo recibirá. Agregue un correo electrónico en los datos de su tutor.</translation>
    </message>
    <message>
        <source>Reports turned off: %1 will not get it.</source>
        <translation>Informes desactivados: %1 no lo recibirá.</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>Tick the students to send a notice for.</source>
        <translation>Marque los estudiantes a los que enviar un aviso.</translation>
    </message>
    <message>
        <source>No notice to send.</source>
        <translation>No hay ningún aviso que enviar.</translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) will be sent to %1.</source>
        <translation>
            <numerusform>Se enviará %n aviso a %1.</numerusform>
            <numerusform>Se enviarán %n avisos a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guardian(s)</source>
        <translation>
            <numerusform>%n tutor/a</numerusform>
            <numerusform>%n tutores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guardian(s) without an email will not get one.</source>
        <translation>
            <numerusform>%n tutor sin correo electrónico no lo recibirá.</numerusform>
            <numerusform>%n tutores sin correo electrónico no lo recibirán.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notices not sent</source>
        <translation>Avisos no enviados</translation>
    </message>
    <message>
        <source>Stu&amp;dents:</source>
        <translation>&amp;Estudiantes:</translation>
    </message>
</context>
<context>
    <name>k12::MissingNoticePreview</name>
    <message>
        <source>Nothing missing.</source>
        <translation>Nada sin entregar.</translation>
    </message>
    <message>
        <source>No guardian on file.</source>
        <translation>No hay ningún tutor registrado.</translation>
    </message>
    <message>
        <source>No guardian with an email who receives reports.</source>
        <translation>No hay ningún tutor con correo electrónico que reciba informes.</translation>
    </message>
    <message>
        <source>%1 %2 is not a student of %3.</source>
        <translation>%1 %2 no es estudiante de %3.</translation>
    </message>
    <message>
        <source>That student no longer exists.</source>
        <translation>Ese estudiante ya no existe.</translation>
    </message>
</context>
<context>
    <name>k12::MissingWork</name>
    <message>
        <source>Student number</source>
        <translation>Número de estudiante</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>Points possible</source>
        <translation>Puntos posibles</translation>
    </message>
</context>
<context>
    <name>k12::MissingWorkModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Entrega</translation>
    </message>
</context>
<context>
    <name>k12::NotifyCommands</name>
    <message>
        <source>%1: not sent: %2</source>
        <translation>%1: no enviado: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n missing</source>
        <translation>
            <numerusform>%1: %n sin entregar</numerusform>
            <numerusform>%1: %n sin entregar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, entrega: %2</translation>
    </message>
    <message>
        <source>to: %1</source>
        <translation>para: %1</translation>
    </message>
    <message>
        <source>no email: %1</source>
        <translation>sin correo electrónico: %1</translation>
    </message>
    <message>
        <source>reports turned off: %1</source>
        <translation>informes desactivados: %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no enviado: %1</translation>
    </message>
    <message>
        <source>Send families a missing-work notice: for each student (all of the class without --student), the missing published assignments, who gets the notice and which guardians have no email. The server emails the notices once they are synced; a notice is sent, not undone.</source>
        <translation>Envía a las familias un aviso de trabajos sin entregar: para cada estudiante (toda la clase sin --student), las tareas publicadas sin entregar, quién recibe el aviso y qué tutores no tienen correo electrónico. El servidor envía los avisos por correo electrónico cuando se sincronizan; un aviso se envía y no se deshace.</translation>
    </message>
    <message>
        <source>A student&apos;s number (or id); repeat for several.</source>
        <translation>El número (o id) de un estudiante; repítalo para varios.</translation>
    </message>
    <message>
        <source>Show the preview only; write nothing.</source>
        <translation>Mostrar solo la vista previa; no escribir nada.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Mostrar JSON en lugar de texto.</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nothing was written. %n notice(s) would be sent.</source>
        <translation>
            <numerusform>Simulación: no se escribió nada. Se enviaría %n aviso.</numerusform>
            <numerusform>Simulación: no se escribió nada. Se enviarían %n avisos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n notice(s).</source>
        <translation>
            <numerusform>Se creó %n aviso.</numerusform>
            <numerusform>Se crearon %n avisos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;k12-teacher sync&quot; sends them; the server then emails the families.</source>
        <translation>«k12-teacher sync» los envía; después el servidor los manda por correo electrónico a las familias.</translation>
    </message>
    <message>
        <source>Not signed in: they wait here until you sign in and run &quot;k12-teacher sync&quot;.</source>
        <translation>No ha iniciado sesión: esperan aquí hasta que inicie sesión y ejecute «k12-teacher sync».</translation>
    </message>
    <message>
        <source>Preview and send missing-work notices to families.</source>
        <translation>Ver y enviar avisos de trabajos sin entregar a las familias.</translation>
    </message>
</context>
<context>
    <name>k12::OnboardingWizard</name>
    <message>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;Skip Walkthrough</source>
        <translation>&amp;Omitir el recorrido guiado</translation>
    </message>
    <message>
        <source>Close the walkthrough for good; reopen it from Help &gt; Getting Started Walkthrough</source>
        <translation>Cerrar el recorrido guiado definitivamente; se vuelve a abrir desde Ayuda &gt; Recorrido de primeros pasos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close now and continue later from where you stopped</source>
        <translation>Cerrar ahora y continuar más tarde desde donde lo dejó</translation>
    </message>
</context>
<context>
    <name>k12::PeriodActions</name>
    <message>
        <source>A grading period needs a start date and an end date.</source>
        <translation>Un periodo de calificaciones necesita una fecha de inicio y una fecha de fin.</translation>
    </message>
    <message>
        <source>This class already has a grading period &quot;%1&quot;.</source>
        <translation>Esta clase ya tiene el periodo de calificaciones «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 to %3) overlaps &quot;%4&quot; (%5 to %6): the periods of a class cannot share a day.</source>
        <translation>«%1» (del %2 al %3) se solapa con «%4» (del %5 al %6): los periodos de una clase no pueden compartir ningún día.</translation>
    </message>
    <message>
        <source>Add Grading Period</source>
        <translation>Agregar periodo de calificaciones</translation>
    </message>
    <message>
        <source>That grading period no longer exists.</source>
        <translation>Ese periodo de calificaciones ya no existe.</translation>
    </message>
    <message>
        <source>Rename Grading Period</source>
        <translation>Cambiar el nombre del periodo de calificaciones</translation>
    </message>
    <message>
        <source>Change Grading Period Dates</source>
        <translation>Cambiar las fechas del periodo de calificaciones</translation>
    </message>
    <message>
        <source>Remove Grading Period</source>
        <translation>Quitar periodo de calificaciones</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>The school year needs a start date and an end date.</source>
        <translation>El año escolar necesita una fecha de inicio y una fecha de fin.</translation>
    </message>
    <message>
        <source>The school year cannot end before it starts.</source>
        <translation>El año escolar no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>%1 to %2 has too few school days to split into %3.</source>
        <translation>Del %1 al %2 hay demasiado pocos días escolares para dividirlo en %3.</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <source>semesters</source>
        <translation>semestres</translation>
    </message>
    <message>
        <source>Add Quarters</source>
        <translation>Agregar trimestres</translation>
    </message>
    <message>
        <source>Add Semesters</source>
        <translation>Agregar semestres</translation>
    </message>
    <message>
        <source>Choose another class to copy the grading periods from.</source>
        <translation>Elija otra clase de la que copiar los periodos de calificaciones.</translation>
    </message>
    <message>
        <source>That class has no grading periods to copy.</source>
        <translation>Esa clase no tiene periodos de calificaciones que copiar.</translation>
    </message>
    <message>
        <source>Copy Grading Periods</source>
        <translation>Copiar periodos de calificaciones</translation>
    </message>
    <message>
        <source>That assignment no longer exists.</source>
        <translation>Esa tarea ya no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the class of grading period &quot;%2&quot;.</source>
        <translation>«%1» no está en la clase del periodo de calificaciones «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Put %n Assignment(s) in %1</source>
        <translation>
            <numerusform>Poner %n tarea en %1</numerusform>
            <numerusform>Poner %n tareas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put %n Assignment(s) in a Period by Due Date</source>
        <translation>
            <numerusform>Poner %n tarea en un periodo según su fecha de entrega</numerusform>
            <numerusform>Poner %n tareas en un periodo según su fecha de entrega</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is computed by its formula and holds no assignments; put the assignment in one of its periods.</source>
        <translation>«%1» se calcula con su fórmula y no contiene tareas; ponga la tarea en uno de sus periodos.</translation>
    </message>
</context>
<context>
    <name>k12::PeriodCommands</name>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>Add a grading period to a class and print its id.</source>
        <translation>Agrega un periodo de calificaciones a una clase y muestra su id.</translation>
    </message>
    <message>
        <source>Name, e.g. Q1.</source>
        <translation>Nombre, p. ej. T1.</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Primer día del periodo.</translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation>Último día del periodo.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Remove a grading period; the assignments put in it go back to their due dates.</source>
        <translation>Quita un periodo de calificaciones; las tareas puestas en él vuelven a contar por su fecha de entrega.</translation>
    </message>
    <message>
        <source>The period&apos;s name or id.</source>
        <translation>El nombre o id del periodo.</translation>
    </message>
    <message>
        <source>The class has no grading period &quot;%1&quot;.</source>
        <translation>La clase no tiene el periodo de calificaciones «%1».</translation>
    </message>
    <message>
        <source>Add Q1-Q4 or S1-S2 covering a school year, split evenly on school days (Monday to Friday); prints the new ids in date order.</source>
        <translation>Agrega T1-T4 o S1-S2 que cubren un año escolar, divididos por igual en días escolares (de lunes a viernes); muestra los nuevos id por orden de fecha.</translation>
    </message>
    <message>
        <source>Four quarters, Q1-Q4.</source>
        <translation>Cuatro trimestres, T1-T4.</translation>
    </message>
    <message>
        <source>Two semesters, S1-S2.</source>
        <translation>Dos semestres, S1-S2.</translation>
    </message>
    <message>
        <source>First day of the school year.</source>
        <translation>Primer día del año escolar.</translation>
    </message>
    <message>
        <source>Last day of the school year.</source>
        <translation>Último día del año escolar.</translation>
    </message>
    <message>
        <source>give one of --quarters, --semesters</source>
        <translation>indique una de --quarters, --semesters</translation>
    </message>
    <message>
        <source>Copy every grading period (names and dates) of one class to another: a school calendar set up once.</source>
        <translation>Copia todos los periodos de calificaciones (nombres y fechas) de una clase a otra: un calendario escolar configurado una sola vez.</translation>
    </message>
    <message>
        <source>The class to copy from: its id or its exact name.</source>
        <translation>La clase de la que copiar: su id o su nombre exacto.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n grading period(s).</source>
        <translation>
            <numerusform>Se copió %n periodo de calificaciones.</numerusform>
            <numerusform>Se copiaron %n periodos de calificaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a grading period; prints its id.</source>
        <translation>Agrega un periodo de calificaciones; muestra su id.</translation>
    </message>
    <message>
        <source>List a class&apos;s grading periods with their assignment counts.</source>
        <translation>Lista los periodos de calificaciones de una clase con su número de tareas.</translation>
    </message>
    <message>
        <source>Remove a grading period.</source>
        <translation>Quita un periodo de calificaciones.</translation>
    </message>
    <message>
        <source>Add quarters or semesters covering a school year.</source>
        <translation>Agrega trimestres o semestres que cubren un año escolar.</translation>
    </message>
    <message>
        <source>Copy a class&apos;s grading periods to another class.</source>
        <translation>Copia los periodos de calificaciones de una clase a otra clase.</translation>
    </message>
    <message>
        <source>List a class&apos;s grading periods in date order: id, name, start, end, how many assignments are in each (put there, or due within its dates) and, for a term computed by a formula, the formula.</source>
        <translation>Lista los periodos de calificaciones de una clase por orden de fecha: id, nombre, inicio, fin, cuántas tareas hay en cada uno (puestas allí o con fecha de entrega dentro de sus fechas) y, para un periodo calculado por fórmula, la fórmula.</translation>
    </message>
</context>
<context>
    <name>k12::PlanActions</name>
    <message>
        <source>New Unit</source>
        <translation>Nueva unidad</translation>
    </message>
    <message>
        <source>Edit Unit</source>
        <translation>Editar unidad</translation>
    </message>
    <message>
        <source>Delete Unit</source>
        <translation>Eliminar unidad</translation>
    </message>
    <message>
        <source>Duplicate Unit</source>
        <translation>Duplicar unidad</translation>
    </message>
    <message>
        <source>New Lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <source>Edit Lesson</source>
        <translation>Editar lección</translation>
    </message>
    <message>
        <source>Delete Lesson</source>
        <translation>Eliminar lección</translation>
    </message>
    <message>
        <source>Reorder Lessons</source>
        <translation>Reordenar lecciones</translation>
    </message>
    <message>
        <source>Add Standard</source>
        <translation>Agregar estándar</translation>
    </message>
</context>
<context>
    <name>k12::PlanChanges</name>
    <message>
        <source>That unit no longer exists.</source>
        <translation>Esa unidad ya no existe.</translation>
    </message>
    <message>
        <source>The class to copy the unit into no longer exists.</source>
        <translation>La clase a la que copiar la unidad ya no existe.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>The lessons of this unit changed meanwhile; try again.</source>
        <translation>Las lecciones de esta unidad cambiaron mientras tanto; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Lesson %1</source>
        <translation>Lección %1</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Unidad %1</translation>
    </message>
</context>
<context>
    <name>k12::PlanCommands</name>
    <message>
        <source>List a class&apos;s unit plans and their lessons, with ids.</source>
        <translation>Lista los planes de unidad de una clase y sus lecciones, con sus id.</translation>
    </message>
    <message>
        <source>The class: its id or its exact name.</source>
        <translation>La clase: su id o su nombre exacto.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>--class is required</source>
        <translation>--class es obligatorio</translation>
    </message>
    <message>
        <source>Write a unit plan (with all its lessons) or one lesson as a printable PDF. The file can be read by you alone.</source>
        <translation>Escribe un plan de unidad (con todas sus lecciones) o una lección como PDF imprimible. Solo usted puede leer el archivo.</translation>
    </message>
    <message>
        <source>The unit plan&apos;s id (see &quot;plan list&quot;).</source>
        <translation>El id del plan de unidad (vea «plan list»).</translation>
    </message>
    <message>
        <source>A lesson&apos;s id, instead of a whole unit.</source>
        <translation>El id de una lección, en lugar de una unidad completa.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>give either --unit or --lesson</source>
        <translation>indique --unit o --lesson</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out es obligatorio</translation>
    </message>
    <message>
        <source>Wrote the unit plan to %1.</source>
        <translation>Se escribió el plan de unidad en %1.</translation>
    </message>
    <message>
        <source>Wrote the lesson plan to %1.</source>
        <translation>Se escribió el plan de clase en %1.</translation>
    </message>
    <message>
        <source>List a class&apos;s unit plans and lessons with their ids.</source>
        <translation>Lista los planes de unidad y las lecciones de una clase con sus id.</translation>
    </message>
    <message>
        <source>Export a unit plan or a lesson as a printable PDF.</source>
        <translation>Exporta un plan de unidad o una lección como PDF imprimible.</translation>
    </message>
    <message>
        <source>--unit is required</source>
        <translation>--unit es obligatorio</translation>
    </message>
    <message>
        <source>No unit has the id &quot;%1&quot; (see &quot;plan unit list&quot;).</source>
        <translation>Ninguna unidad tiene el id «%1» (vea «plan unit list»).</translation>
    </message>
    <message>
        <source>Create a unit plan in a class, as New Unit in the Plans tab does, and print its id. Without dates it follows the class&apos;s last unit and lasts three school weeks.</source>
        <translation>Crea un plan de unidad en una clase, como Nueva unidad en la pestaña Planes, y muestra su id. Sin fechas, sigue a la última unidad de la clase y dura tres semanas escolares.</translation>
    </message>
    <message>
        <source>Title of the unit, e.g. &quot;Plate Tectonics&quot;.</source>
        <translation>Título de la unidad, p. ej. «Tectónica de placas».</translation>
    </message>
    <message>
        <source>First day of the unit.</source>
        <translation>Primer día de la unidad.</translation>
    </message>
    <message>
        <source>Last day of the unit (default: three school weeks after the start).</source>
        <translation>Último día de la unidad (predeterminado: tres semanas escolares después del inicio).</translation>
    </message>
    <message>
        <source>A summary of the unit.</source>
        <translation>Un resumen de la unidad.</translation>
    </message>
    <message>
        <source>List a class&apos;s unit plans with their ids, in the Plans tab&apos;s order.</source>
        <translation>Lista los planes de unidad de una clase con sus id, en el orden de la pestaña Planes.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Mostrar un arreglo JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Add a lesson at the end of a unit, as New Lesson in the Plans tab does, and print its id. Without --date it goes on the school day after the unit&apos;s last dated lesson.</source>
        <translation>Agrega una lección al final de una unidad, como Nueva lección en la pestaña Planes, y muestra su id. Sin --date va el día escolar siguiente a la última lección con fecha de la unidad.</translation>
    </message>
    <message>
        <source>Title of the lesson.</source>
        <translation>Título de la lección.</translation>
    </message>
    <message>
        <source>The unit&apos;s id (see &quot;plan unit list&quot;).</source>
        <translation>El id de la unidad (vea «plan unit list»).</translation>
    </message>
    <message>
        <source>The day of the lesson.</source>
        <translation>El día de la lección.</translation>
    </message>
    <message>
        <source>Learning objectives.</source>
        <translation>Objetivos de aprendizaje.</translation>
    </message>
    <message>
        <source>Activities (plain text or HTML).</source>
        <translation>Actividades (texto sin formato o HTML).</translation>
    </message>
    <message>
        <source>Materials.</source>
        <translation>Materiales.</translation>
    </message>
    <message>
        <source>Homework.</source>
        <translation>Tarea para casa.</translation>
    </message>
    <message>
        <source>List a unit&apos;s lessons in teaching order, with their ids.</source>
        <translation>Lista las lecciones de una unidad en orden de enseñanza, con sus id.</translation>
    </message>
    <message>
        <source>Create a unit plan; prints its id.</source>
        <translation>Crea un plan de unidad; muestra su id.</translation>
    </message>
    <message>
        <source>List a class&apos;s unit plans with their ids.</source>
        <translation>Lista los planes de unidad de una clase con sus id.</translation>
    </message>
    <message>
        <source>Add a lesson at the end of a unit; prints its id.</source>
        <translation>Agrega una lección al final de una unidad; muestra su id.</translation>
    </message>
    <message>
        <source>List a unit&apos;s lessons in teaching order with their ids.</source>
        <translation>Lista las lecciones de una unidad en orden de enseñanza con sus id.</translation>
    </message>
</context>
<context>
    <name>k12::PlanDocument</name>
    <message>
        <source>Grade %1</source>
        <translation>Grado %1</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Periodo %1</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Todavía sin fechas</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>Tarea para casa</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Estándares</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Nothing planned yet.</source>
        <translation>Todavía no hay nada planificado.</translation>
    </message>
    <message>
        <source>No unit has the id &quot;%1&quot;.</source>
        <translation>Ninguna unidad tiene el id «%1».</translation>
    </message>
    <message>
        <source>The class of this unit no longer exists.</source>
        <translation>La clase de esta unidad ya no existe.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Essential questions</source>
        <translation>Preguntas esenciales</translation>
    </message>
    <message>
        <source>Standards addressed</source>
        <translation>Estándares tratados</translation>
    </message>
    <message>
        <source>Lessons (%1)</source>
        <translation>Lecciones (%1)</translation>
    </message>
    <message>
        <source>No lessons planned yet.</source>
        <translation>Todavía no hay lecciones planificadas.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No lesson has the id &quot;%1&quot;.</source>
        <translation>Ninguna lección tiene el id «%1».</translation>
    </message>
    <message>
        <source>The class of this lesson no longer exists.</source>
        <translation>La clase de esta lección ya no existe.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unidad: %1</translation>
    </message>
    <message>
        <source>Writing a PDF needs fonts, which this process has not loaded.</source>
        <translation>Escribir un PDF necesita fuentes, que este proceso no ha cargado.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot make &quot;%1&quot; private to you: %2</source>
        <translation>No se puede hacer «%1» privado para usted: %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>no se pudo dibujar el PDF</translation>
    </message>
    <message>
        <source>The PDF of &quot;%1&quot; could not be drawn.</source>
        <translation>No se pudo dibujar el PDF de «%1».</translation>
    </message>
</context>
<context>
    <name>k12::PlanPdfExport</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not written</source>
        <translation>PDF no escrito</translation>
    </message>
</context>
<context>
    <name>k12::PlanWidgets</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>k12::PlansPanel</name>
    <message>
        <source>New &amp;Unit</source>
        <translation>Nueva &amp;unidad</translation>
    </message>
    <message>
        <source>New &amp;Lesson</source>
        <translation>Nueva &amp;lección</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>D&amp;uplicate Unit...</source>
        <translation>D&amp;uplicar unidad...</translation>
    </message>
    <message>
        <source>Export Unit as &amp;PDF...</source>
        <translation>Exportar unidad como &amp;PDF...</translation>
    </message>
    <message>
        <source>Export Lesson as PD&amp;F...</source>
        <translation>Exportar lección como PD&amp;F...</translation>
    </message>
    <message>
        <source>&amp;Week View</source>
        <translation>Vista &amp;semanal</translation>
    </message>
    <message>
        <source>Move Lesson &amp;Up</source>
        <translation>S&amp;ubir lección</translation>
    </message>
    <message>
        <source>Move Lesson Do&amp;wn</source>
        <translation>&amp;Bajar lección</translation>
    </message>
    <message>
        <source>Plan a new unit for this class (Ctrl+Shift+U)</source>
        <translation>Planificar una nueva unidad para esta clase (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Add a lesson at the end of the unit (Ctrl+Shift+L)</source>
        <translation>Agregar una lección al final de la unidad (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>This week&apos;s lessons across all your classes</source>
        <translation>Las lecciones de esta semana en todas sus clases</translation>
    </message>
    <message>
        <source>Drag a lesson, or press Alt+Up / Alt+Down, to change the order</source>
        <translation>Arrastre una lección, o pulse Alt+Arriba / Alt+Abajo, para cambiar el orden</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Units&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Unidades&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Order not saved: %1</source>
        <translation>Orden no guardado: %1</translation>
    </message>
    <message>
        <source>Select a class to see its plans.</source>
        <translation>Seleccione una clase para ver sus planes.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No unit plans yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Click &lt;b&gt;New Unit&lt;/b&gt; (Ctrl+Shift+U) to plan the first unit of this class, then add its lessons.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todavía no hay planes de unidad.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Haga clic en &lt;b&gt;Nueva unidad&lt;/b&gt; (Ctrl+Shift+U) para planificar la primera unidad de esta clase y después agregue sus lecciones.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Less&amp;ons&lt;/b&gt; of %1</source>
        <translation>&lt;b&gt;&amp;Lecciones&lt;/b&gt; de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Less&amp;ons&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Lecciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Delete Lesson</source>
        <translation>&amp;Eliminar lección</translation>
    </message>
    <message>
        <source>&amp;Delete Unit</source>
        <translation>&amp;Eliminar unidad</translation>
    </message>
    <message>
        <source>Unit not created</source>
        <translation>Unidad no creada</translation>
    </message>
    <message>
        <source>Lesson not created</source>
        <translation>Lección no creada</translation>
    </message>
    <message>
        <source>Lesson not deleted</source>
        <translation>Lección no eliminada</translation>
    </message>
    <message>
        <source>Lesson deleted. Edit &gt; Undo brings it back.</source>
        <translation>Lección eliminada. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Delete Unit</source>
        <translation>Eliminar unidad</translation>
    </message>
    <message numerus="yes">
        <source>Delete the unit &quot;%1&quot; and its %n lesson(s)?</source>
        <translation>
            <numerusform>¿Eliminar la unidad «%1» y su %n lección?</numerusform>
            <numerusform>¿Eliminar la unidad «%1» y sus %n lecciones?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation>Editar &gt; Deshacer las recupera.</translation>
    </message>
    <message>
        <source>Unit not deleted</source>
        <translation>Unidad no eliminada</translation>
    </message>
    <message>
        <source>Unit deleted. Edit &gt; Undo brings it back.</source>
        <translation>Unidad eliminada. Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <source>Unit not duplicated</source>
        <translation>Unidad no duplicada</translation>
    </message>
    <message numerus="yes">
        <source>Unit duplicated with %n lesson(s).</source>
        <translation>
            <numerusform>Unidad duplicada con %n lección.</numerusform>
            <numerusform>Unidad duplicada con %n lecciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unit copied with %n lesson(s) into %1.</source>
        <translation>
            <numerusform>Unidad copiada con %n lección en %1.</numerusform>
            <numerusform>Unidad copiada con %n lecciones en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Unit as PDF</source>
        <translation>Exportar unidad como PDF</translation>
    </message>
    <message>
        <source>Unit exported to %1.</source>
        <translation>Unidad exportada a %1.</translation>
    </message>
    <message>
        <source>Export Lesson as PDF</source>
        <translation>Exportar lección como PDF</translation>
    </message>
    <message>
        <source>Lesson exported to %1.</source>
        <translation>Lección exportada a %1.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Lessons of %1</source>
        <translation>Planes de clase de %1</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Planes de clase</translation>
    </message>
</context>
<context>
    <name>k12::ProficiencyScale</name>
    <message>
        <source>Beginning</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>En desarrollo</translation>
    </message>
    <message>
        <source>Proficient</source>
        <translation>Competente</translation>
    </message>
    <message>
        <source>Exceeding</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not VALUE=LABEL (e.g. 3=Proficient).</source>
        <translation>«%1» no es VALOR=ETIQUETA (p. ej. 3=Competente).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not a number.</source>
        <translation>«%1»: %2 no es un número.</translation>
    </message>
</context>
<context>
    <name>k12::ProgressReportWindow</name>
    <message>
        <source>&amp;All students</source>
        <translation>&amp;Todos los estudiantes</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Save &amp;Comment</source>
        <translation>Guardar &amp;comentario</translation>
    </message>
    <message>
        <source>Progress Reports</source>
        <translation>Informes de progreso</translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation>Todo el curso</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Selected students (%n)</source>
        <translation>
            <numerusform>Estudiantes &amp;seleccionados (%n)</numerusform>
            <numerusform>Estudiantes &amp;seleccionados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each guardian&apos;s language</source>
        <translation>El idioma de cada tutor</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A comment for this student&apos;s report</source>
        <translation>Un comentario para el informe de este estudiante</translation>
    </message>
    <message>
        <source>Insert from &amp;Bank</source>
        <translation>Insertar del &amp;banco</translation>
    </message>
    <message>
        <source>Comment Ban&amp;k...</source>
        <translation>Banco de co&amp;mentarios...</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Comentario del docente</translation>
    </message>
    <message>
        <source>Save as &amp;One PDF...</source>
        <translation>Guardar como &amp;un PDF...</translation>
    </message>
    <message>
        <source>Save One PDF &amp;per Student...</source>
        <translation>Guardar un PDF &amp;por estudiante...</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>Imp&amp;rimir...</translation>
    </message>
    <message>
        <source>Report &amp;Settings...</source>
        <translation>&amp;Configuración del informe...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No students to report on.</source>
        <translation>No hay estudiantes sobre los que informar.</translation>
    </message>
    <message>
        <source>Student %1 of %2</source>
        <translation>Estudiante %1 de %2</translation>
    </message>
    <message>
        <source>The comment bank is empty</source>
        <translation>El banco de comentarios está vacío</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n report(s)...</source>
        <translation>
            <numerusform>Escribiendo %n informe...</numerusform>
            <numerusform>Escribiendo %n informes...</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Reports as One PDF</source>
        <translation>Guardar los informes como un PDF</translation>
    </message>
    <message>
        <source>%1 progress reports.pdf</source>
        <translation>%1 informes de progreso.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save One PDF per Student in Folder</source>
        <translation>Guardar un PDF por estudiante en una carpeta</translation>
    </message>
    <message>
        <source>Print Progress Reports</source>
        <translation>Imprimir informes de progreso</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
</context>
<context>
    <name>k12::RejectedChangesDialog</name>
    <message>
        <source>&amp;Dismiss...</source>
        <translation>&amp;Descartar...</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copiar detalles</translation>
    </message>
    <message>
        <source>The server refused these changes, so they are not sent again. They stay on this computer: fix what the reason says (or ask your school&apos;s IT), or dismiss them.</source>
        <translation>El servidor rechazó estos cambios, así que no se vuelven a enviar. Se quedan en este equipo: corrija lo que indica el motivo (o consulte al personal de informática de su escuela), o descártelos.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Server&apos;s reason</source>
        <translation>Motivo del servidor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No rejected changes.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;If the server ever refuses a change, it is shown here with the server&apos;s reason, and it stays on this computer until you dismiss it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No hay cambios rechazados.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Si el servidor rechaza alguna vez un cambio, aparece aquí con el motivo del servidor y se queda en este equipo hasta que usted lo descarte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stop sending the selected changes; they stay on this computer</source>
        <translation>Dejar de enviar los cambios seleccionados; se quedan en este equipo</translation>
    </message>
    <message>
        <source>Copy what was refused and why, to paste into an email</source>
        <translation>Copiar lo que se rechazó y por qué, para pegarlo en un correo electrónico</translation>
    </message>
    <message>
        <source>Dismiss Rejected Changes</source>
        <translation>Descartar cambios rechazados</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n rejected change(s)?</source>
        <translation>
            <numerusform>¿Descartar %n cambio rechazado?</numerusform>
            <numerusform>¿Descartar %n cambios rechazados?</numerusform>
        </translation>
    </message>
    <message>
        <source>The change stays on this computer but will not be sent to the server; the server keeps what it has.</source>
        <translation>El cambio se queda en este equipo pero no se enviará al servidor; el servidor conserva lo que tiene.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) dismissed.</source>
        <translation>
            <numerusform>%n cambio descartado.</numerusform>
            <numerusform>%n cambios descartados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) could not be dismissed:</source>
        <translation>
            <numerusform>No se pudo descartar %n cambio:</numerusform>
            <numerusform>No se pudieron descartar %n cambios:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details of %n change(s) copied.</source>
        <translation>
            <numerusform>Se copiaron los detalles de %n cambio.</numerusform>
            <numerusform>Se copiaron los detalles de %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync Problems</source>
        <translation>Problemas de sincronización</translation>
    </message>
    <message>
        <source>Rows from the server not stored on this computer:</source>
        <translation>Filas del servidor no guardadas en este equipo:</translation>
    </message>
    <message numerus="yes">
        <source>Sync has failed %n times in a row for the same reason: %1</source>
        <translation>
            <numerusform>La sincronización ha fallado %n vez seguida por el mismo motivo: %1</numerusform>
            <numerusform>La sincronización ha fallado %n veces seguidas por el mismo motivo: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ReminderPolicy</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>y %Ln más</numerusform>
            <numerusform>y %Ln más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ungraded work older than %n day(s)</source>
        <translation>
            <numerusform>Trabajos sin calificar de hace más de %n día</numerusform>
            <numerusform>Trabajos sin calificar de hace más de %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln assignment(s) with empty cells</source>
        <translation>
            <numerusform>%Ln tarea con celdas vacías</numerusform>
            <numerusform>%Ln tareas con celdas vacías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s)</source>
        <translation>
            <numerusform>%Ln celda</numerusform>
            <numerusform>%Ln celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>No lesson plan yet for %1</source>
        <translation>Todavía no hay plan de clase para %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message>
        <source>This device has never synced.</source>
        <translation>Este dispositivo nunca se ha sincronizado.</translation>
    </message>
    <message>
        <source>Sync has been failing for more than a day</source>
        <translation>La sincronización falla desde hace más de un día</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting.</source>
        <translation>
            <numerusform>%Ln cambio en espera.</numerusform>
            <numerusform>%Ln cambios en espera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open K12 Teacher to choose which version to keep.</source>
        <translation>Abra K12 Teacher para elegir qué versión conservar.</translation>
    </message>
    <message>
        <source>Students: %1.</source>
        <translation>Estudiantes: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sync conflict(s) waiting</source>
        <translation>
            <numerusform>%Ln conflicto de sincronización en espera</numerusform>
            <numerusform>%Ln conflictos de sincronización en espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::ReminderSettingsPage</name>
    <message>
        <source>Ungraded work</source>
        <translation>Trabajo sin calificar</translation>
    </message>
    <message>
        <source>Lessons without a plan on the next school day</source>
        <translation>Clases sin plan el próximo día de clase</translation>
    </message>
    <message>
        <source>Sync failing for more than a day</source>
        <translation>La sincronización falla desde hace más de un día</translation>
    </message>
    <message>
        <source>Sync conflicts waiting for you</source>
        <translation>Conflictos de sincronización pendientes</translation>
    </message>
    <message>
        <source>Show student &amp;names in notifications</source>
        <translation>Mostrar los &amp;nombres de los estudiantes en las notificaciones</translation>
    </message>
    <message>
        <source>Desktop notifications, at most once a day each</source>
        <translation>Notificaciones de escritorio, cada una como máximo una vez al día</translation>
    </message>
    <message>
        <source>&lt;b&gt;Remind me of&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recordarme&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Snooze&lt;/b&gt;</source>
        <translation>&lt;b&gt;Posponer&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Snooze: %1</source>
        <translation>Posponer: %1</translation>
    </message>
    <message>
        <source>Snoozed until %1</source>
        <translation>Pospuesto hasta el %1</translation>
    </message>
    <message>
        <source>Not snoozed</source>
        <translation>Sin posponer</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>Durante una semana</translation>
    </message>
    <message>
        <source>older than </source>
        <translation>de más de </translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Ungraded work older than this many days</source>
        <translation>Trabajo sin calificar de más de estos días</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Off: notifications say how many, never who, and never show a grade. A notification can appear on a projector or a shared screen.</source>
        <translation>Desactivado: las notificaciones dicen cuántos, nunca quién, y nunca muestran una calificación. Una notificación puede aparecer en un proyector o en una pantalla compartida.</translation>
    </message>
</context>
<context>
    <name>k12::ReportBuilder</name>
    <message>
        <source>That grading period is not one of this class&apos;s.</source>
        <translation>Ese periodo de calificaciones no es de esta clase.</translation>
    </message>
</context>
<context>
    <name>k12::ReportCommands</name>
    <message>
        <source>This class has no grading period &quot;%1&quot;.</source>
        <translation>Esta clase no tiene el periodo de calificaciones «%1».</translation>
    </message>
    <message>
        <source>Write progress reports as PDF: one combined file when --out ends in .pdf, else one PDF per student in the folder --out. Prints each file written. Without --lang each report is in the language of the student&apos;s first guardian who receives reports, where there is a translation, else in the app&apos;s language.</source>
        <translation>Escribe informes de progreso en PDF: un solo archivo cuando --out termina en .pdf, si no un PDF por estudiante en la carpeta --out. Muestra cada archivo escrito. Sin --lang cada informe sale en el idioma del primer tutor del estudiante que recibe informes, si hay traducción, y si no en el idioma de la aplicación.</translation>
    </message>
    <message>
        <source>Only this student (student number or id).</source>
        <translation>Solo este estudiante (número de estudiante o id).</translation>
    </message>
    <message>
        <source>Grading period (name or id); default: the whole course.</source>
        <translation>Periodo de calificaciones (nombre o id); por defecto, todo el curso.</translation>
    </message>
    <message>
        <source>FILE.pdf for one combined PDF, or a folder for one PDF per student.</source>
        <translation>ARCHIVO.pdf para un solo PDF, o una carpeta para un PDF por estudiante.</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out es obligatorio</translation>
    </message>
    <message>
        <source>--lang: reports can be printed in %1, not &quot;%2&quot;</source>
        <translation>--lang: los informes se pueden imprimir en %1, no en «%2»</translation>
    </message>
    <message>
        <source>The class &quot;%1&quot; has no students to report on.</source>
        <translation>La clase «%1» no tiene estudiantes sobre los que informar.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n report(s).</source>
        <translation>
            <numerusform>Se escribió %n informe.</numerusform>
            <numerusform>Se escribieron %n informes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a comment to your comment bank and print its id. Placeholders: {first_name}, {final_letter}, {missing_count}.</source>
        <translation>Agrega un comentario a su banco de comentarios y muestra su id. Marcadores: {first_name}, {final_letter}, {missing_count}.</translation>
    </message>
    <message>
        <source>The comment.</source>
        <translation>El comentario.</translation>
    </message>
    <message>
        <source>A category to group it under, e.g. Effort.</source>
        <translation>Una categoría para agruparlo, p. ej. Esfuerzo.</translation>
    </message>
    <message>
        <source>List your comment bank in order: id, category and text.</source>
        <translation>Lista su banco de comentarios en orden: id, categoría y texto.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Mostrar JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Set the teacher&apos;s comment on a student&apos;s progress report (an empty TEXT clears it).</source>
        <translation>Pone el comentario del docente en el informe de progreso de un estudiante (un TEXTO vacío lo borra).</translation>
    </message>
    <message>
        <source>The student (student number or id).</source>
        <translation>El estudiante (número de estudiante o id).</translation>
    </message>
    <message>
        <source>--student is required</source>
        <translation>--student es obligatorio</translation>
    </message>
    <message>
        <source>Write progress reports as PDF (one combined file, or one per student in a folder).</source>
        <translation>Escribe informes de progreso en PDF (un solo archivo, o uno por estudiante en una carpeta).</translation>
    </message>
    <message>
        <source>Add a comment to your comment bank; prints its id.</source>
        <translation>Agrega un comentario a su banco de comentarios; muestra su id.</translation>
    </message>
    <message>
        <source>List your comment bank.</source>
        <translation>Lista su banco de comentarios.</translation>
    </message>
    <message>
        <source>Set the comment on a student&apos;s progress report.</source>
        <translation>Pone el comentario en el informe de progreso de un estudiante.</translation>
    </message>
    <message>
        <source>Language of every report: en, es or fr.</source>
        <translation>Idioma de todos los informes: en, es o fr.</translation>
    </message>
</context>
<context>
    <name>k12::ReportCommentActions</name>
    <message>
        <source>That student is not enrolled in this class.</source>
        <translation>Ese estudiante no está inscrito en esta clase.</translation>
    </message>
    <message>
        <source>That grading period is not one of this class&apos;s.</source>
        <translation>Ese periodo de calificaciones no es de esta clase.</translation>
    </message>
    <message>
        <source>Clear Report Comment</source>
        <translation>Borrar comentario del informe</translation>
    </message>
    <message>
        <source>Set Report Comment</source>
        <translation>Poner comentario del informe</translation>
    </message>
</context>
<context>
    <name>k12::ReportDocument</name>
    <message>
        <source>Missing</source>
        <translation>Pendiente</translation>
    </message>
    <message numerus="yes">
        <source>Late (%n school day(s))</source>
        <translation>
            <numerusform>Tarde (%n día escolar)</numerusform>
            <numerusform>Tarde (%n días escolares)</numerusform>
        </translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exento</translation>
    </message>
    <message>
        <source>No missing work.</source>
        <translation>No tiene trabajos pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>MISSING WORK: %n assignment(s) not turned in</source>
        <translation>
            <numerusform>TRABAJO PENDIENTE: %n tarea sin entregar</numerusform>
            <numerusform>TRABAJO PENDIENTE: %n tareas sin entregar</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>para el %1</translation>
    </message>
    <message>
        <source>not graded yet</source>
        <translation>aún sin calificar</translation>
    </message>
    <message>
        <source>Final grade:</source>
        <translation>Calificación final:</translation>
    </message>
    <message>
        <source>letter set by the teacher</source>
        <translation>letra asignada por el docente</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Ponderación</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>No assignments yet.</source>
        <translation>Todavía no hay tareas.</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fecha de entrega</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Estándares</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Progress Report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N.º %1</translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation>Todo el curso</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Clase:</translation>
    </message>
    <message>
        <source>Teacher:</source>
        <translation>Docente:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Grades as of %1</source>
        <translation>Calificaciones al %1</translation>
    </message>
    <message>
        <source>Teacher&apos;s comment</source>
        <translation>Comentario del docente</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <translation>d MMM</translation>
    </message>
</context>
<context>
    <name>k12::ReportPdf</name>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot make &quot;%1&quot; private to you: %2</source>
        <translation>No se puede hacer «%1» privado para usted: %2</translation>
    </message>
    <message>
        <source>Writing a PDF needs fonts, which this process has not loaded.</source>
        <translation>Escribir un PDF necesita fuentes, que este proceso no ha cargado.</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Informes de progreso</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>No se pudo dibujar el PDF.</translation>
    </message>
    <message>
        <source>There is no report to write.</source>
        <translation>No hay ningún informe que escribir.</translation>
    </message>
    <message>
        <source>Cannot make the folder &quot;%1&quot;.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
</context>
<context>
    <name>k12::ReportSettingsDialog</name>
    <message>
        <source>Report Settings</source>
        <translation>Configuración del informe</translation>
    </message>
    <message>
        <source>e.g. Lincoln Middle School</source>
        <translation>p. ej. Escuela Secundaria Lincoln</translation>
    </message>
    <message>
        <source>An image file (PNG, JPEG, SVG); empty for none</source>
        <translation>Un archivo de imagen (PNG, JPEG, SVG); vacío para ninguno</translation>
    </message>
    <message>
        <source>Your name as families read it; empty: your sync account&apos;s name</source>
        <translation>Su nombre como lo leen las familias; vacío: el nombre de su cuenta de sincronización</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>&amp;School name:</source>
        <translation>Nombre de la &amp;escuela:</translation>
    </message>
    <message>
        <source>School &amp;logo:</source>
        <translation>&amp;Logotipo de la escuela:</translation>
    </message>
    <message>
        <source>&amp;Teacher name:</source>
        <translation>Nombre del &amp;docente:</translation>
    </message>
    <message>
        <source>School Logo</source>
        <translation>Logotipo de la escuela</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image this app can read.</source>
        <translation>«%1» no es una imagen que esta aplicación pueda leer.</translation>
    </message>
</context>
<context>
    <name>k12::Repository</name>
    <message>
        <source>That %1 no longer exists.</source>
        <translation>Ese %1 ya no existe.</translation>
    </message>
</context>
<context>
    <name>k12::RestorePreviewDialog</name>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n quitado</numerusform>
            <numerusform>%n quitados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n back</source>
        <translation>
            <numerusform>%n vuelve</numerusform>
            <numerusform>%n vuelven</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n as before</source>
        <translation>
            <numerusform>%n igual que antes</numerusform>
            <numerusform>%n igual que antes</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restore the backup of %1 (%2)?&lt;/b&gt;&lt;br&gt;Your data goes back to what it was then. This is what the restore changes, class by class:</source>
        <translation>&lt;b&gt;¿Restaurar la copia de seguridad del %1 (%2)?&lt;/b&gt;&lt;br&gt;Sus datos vuelven a como estaban entonces. Esto es lo que cambia la restauración, clase por clase:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>%1 (new since the backup: removed)</source>
        <translation>%1 (nueva desde la copia: se quita)</translation>
    </message>
    <message>
        <source>%1 (deleted since: comes back)</source>
        <translation>%1 (eliminada desde entonces: vuelve)</translation>
    </message>
    <message>
        <source>%1 (settings as before)</source>
        <translation>%1 (configuración como antes)</translation>
    </message>
    <message>
        <source>Nothing differs from the backup.</source>
        <translation>Nada es distinto de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Your current data is kept first as a &quot;Before restore&quot; backup: restoring that one undoes this restore. The window closes and opens again for the restore. At the next sync, what the server has since the backup comes back and what only the backup holds is sent; conflicts show as usual.</source>
        <translation>Sus datos actuales se guardan primero como copia de seguridad «Antes de una restauración»: restaurar esa copia deshace esta restauración. La ventana se cierra y se vuelve a abrir para la restauración. En la próxima sincronización vuelve lo que el servidor tiene desde la copia y se envía lo que solo tiene la copia; los conflictos se muestran como siempre.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>removed with the class</source>
        <translation>quitado con la clase</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>k12::RolloverActions</name>
    <message>
        <source>No rollover: the backup before it failed (%1).</source>
        <translation>No se pasó al nuevo ciclo: falló la copia de seguridad previa (%1).</translation>
    </message>
    <message>
        <source>New Term</source>
        <translation>Nuevo ciclo</translation>
    </message>
</context>
<context>
    <name>k12::RolloverCommands</name>
    <message>
        <source>Archive a class: it stays, read-only, under Archived.</source>
        <translation>Archiva una clase: se conserva, en solo lectura, en Archivadas.</translation>
    </message>
    <message>
        <source>Restore an archived class so it can be changed again.</source>
        <translation>Desarchiva una clase para que se pueda volver a cambiar.</translation>
    </message>
    <message>
        <source>The class: its id, its exact name, or &quot;Name (Term)&quot;.</source>
        <translation>La clase: su id, su nombre exacto o «Nombre (Ciclo)».</translation>
    </message>
    <message>
        <source>%1 is archived already.</source>
        <translation>%1 ya está archivada.</translation>
    </message>
    <message>
        <source>%1 is not archived.</source>
        <translation>%1 no está archivada.</translation>
    </message>
    <message>
        <source>Archived %1.</source>
        <translation>Se archivó %1.</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Se desarchivó %1.</translation>
    </message>
    <message>
        <source>Start a new term from the classes of an old one: new classes with what you choose to carry over, the old ones archived. One step, undoable in the window, synced.</source>
        <translation>Empieza un nuevo ciclo a partir de las clases de uno anterior: clases nuevas con lo que elija traspasar, y las anteriores archivadas. Un solo paso, que se puede deshacer en la ventana y se sincroniza.</translation>
    </message>
    <message>
        <source>The term to roll over (default: the latest).</source>
        <translation>El ciclo que se traspasa (predeterminado: el más reciente).</translation>
    </message>
    <message>
        <source>The new term&apos;s name (default: the one after --from-term).</source>
        <translation>El nombre del nuevo ciclo (predeterminado: el siguiente a --from-term).</translation>
    </message>
    <message>
        <source>Only these classes of the term (ids or names, comma-separated).</source>
        <translation>Solo estas clases del ciclo (id o nombres, separados por comas).</translation>
    </message>
    <message>
        <source>Move every date by N days.</source>
        <translation>Mover todas las fechas N días.</translation>
    </message>
    <message>
        <source>Move dates by whole weeks so the earliest lands in this date&apos;s week (weekdays kept).</source>
        <translation>Mover las fechas semanas completas para que la más temprana caiga en la semana de esta fecha (se conservan los días de la semana).</translation>
    </message>
    <message>
        <source>What carries over (default: all): categories,scale,policies,standards,periods,plans,assignments.</source>
        <translation>Qué se traspasa (predeterminado: todo): categories,scale,policies,standards,periods,plans,assignments.</translation>
    </message>
    <message>
        <source>Enroll the same students in the new classes (year-long courses).</source>
        <translation>Inscribir a los mismos estudiantes en las clases nuevas (cursos de todo el año).</translation>
    </message>
    <message>
        <source>Print what would be created; write nothing.</source>
        <translation>Mostrar lo que se crearía; no escribir nada.</translation>
    </message>
    <message>
        <source>give --shift-days or --start, not both</source>
        <translation>indique --shift-days o --start, no ambos</translation>
    </message>
    <message>
        <source>--carry: unknown kind &quot;%1&quot; (use categories, scale, policies, standards, periods, plans, assignments)</source>
        <translation>--carry: tipo desconocido «%1» (use categories, scale, policies, standards, periods, plans, assignments)</translation>
    </message>
    <message>
        <source>No active class is in the term &quot;%1&quot;.</source>
        <translation>Ninguna clase activa está en el ciclo «%1».</translation>
    </message>
    <message>
        <source>No active class of %1 is named &quot;%2&quot;.</source>
        <translation>Ninguna clase activa de %1 se llama «%2».</translation>
    </message>
    <message>
        <source>nothing was changed: %1</source>
        <translation>no se cambió nada: %1</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Rolled over %n class(es) to %1.</source>
        <translation>
            <numerusform>Se pasó %n clase a %1.</numerusform>
            <numerusform>Se pasaron %n clases a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roll classes over to a new term (the old ones are archived).</source>
        <translation>Pasa las clases a un nuevo ciclo (las anteriores se archivan).</translation>
    </message>
    <message>
        <source>Archive a class (read-only, kept).</source>
        <translation>Archiva una clase (solo lectura, se conserva).</translation>
    </message>
    <message>
        <source>Restore an archived class.</source>
        <translation>Desarchiva una clase archivada.</translation>
    </message>
</context>
<context>
    <name>k12::RolloverReview</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; %3</source>
        <translation>%1 (%2) -&gt; %3</translation>
    </message>
    <message>
        <source>weighted categories: %1</source>
        <translation>categorías ponderadas: %1</translation>
    </message>
    <message>
        <source>the letter scale</source>
        <translation>la escala de letras</translation>
    </message>
    <message>
        <source>late, missing and mastery policies</source>
        <translation>las políticas de entrega tardía, no entregados y dominio</translation>
    </message>
    <message numerus="yes">
        <source>%n standard(s)</source>
        <translation>
            <numerusform>%n estándar</numerusform>
            <numerusform>%n estándares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grading period(s)</source>
        <translation>
            <numerusform>%n periodo de calificaciones</numerusform>
            <numerusform>%n periodos de calificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lección</numerusform>
            <numerusform>%n lecciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unpublished assignment(s) without scores</source>
        <translation>
            <numerusform>%n tarea no publicada sin puntuaciones</numerusform>
            <numerusform>%n tareas no publicadas sin puntuaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n standard tag(s) on assignments</source>
        <translation>
            <numerusform>%n etiqueta de estándar en tareas</numerusform>
            <numerusform>%n etiquetas de estándar en tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) enrolled (roster kept)</source>
        <translation>
            <numerusform>%n estudiante inscrito (se conserva la lista de clase)</numerusform>
            <numerusform>%n estudiantes inscritos (se conserva la lista de clase)</numerusform>
        </translation>
    </message>
    <message>
        <source>an empty class</source>
        <translation>una clase vacía</translation>
    </message>
    <message>
        <source>Dates stay as they are.</source>
        <translation>Las fechas se quedan como están.</translation>
    </message>
    <message numerus="yes">
        <source>Dates move by %n week(s) (%1 days); weekdays stay the same.</source>
        <translation>
            <numerusform>Las fechas se mueven %n semana (%1 días); los días de la semana no cambian.</numerusform>
            <numerusform>Las fechas se mueven %n semanas (%1 días); los días de la semana no cambian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dates move by %n day(s); lessons landing on a weekend move to the Monday after.</source>
        <translation>
            <numerusform>Las fechas se mueven %n día; las lecciones que caen en fin de semana pasan al lunes siguiente.</numerusform>
            <numerusform>Las fechas se mueven %n días; las lecciones que caen en fin de semana pasan al lunes siguiente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Old classes to archive (read-only, still there): %1</source>
        <translation>Clases anteriores que se archivan (solo lectura, se conservan): %1</translation>
    </message>
    <message>
        <source>Scores and mastery evidence are not copied; the roster is.</source>
        <translation>Las puntuaciones y la evidencia de dominio no se copian; la lista de clase sí.</translation>
    </message>
    <message>
        <source>Scores, mastery evidence and students are not copied.</source>
        <translation>Las puntuaciones, la evidencia de dominio y los estudiantes no se copian.</translation>
    </message>
</context>
<context>
    <name>k12::RolloverWizard</name>
    <message>
        <source>New Term</source>
        <translation>Nuevo ciclo</translation>
    </message>
    <message>
        <source>&amp;Start New Term</source>
        <translation>&amp;Empezar nuevo ciclo</translation>
    </message>
    <message>
        <source>Which classes start a new term?</source>
        <translation>¿Qué clases empiezan un nuevo ciclo?</translation>
    </message>
    <message>
        <source>Classes of one course (the periods of Algebra I) move together. The old classes are archived: kept, read-only, under Archived in the sidebar.</source>
        <translation>Las clases de un mismo curso (los periodos de Álgebra I) se mueven juntas. Las clases anteriores se archivan: se conservan, en solo lectura, en Archivadas en la barra lateral.</translation>
    </message>
    <message>
        <source>Classes to roll over</source>
        <translation>Clases que pasan al nuevo ciclo</translation>
    </message>
    <message>
        <source>Course and class</source>
        <translation>Curso y clase</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>New term name</source>
        <translation>Nombre del nuevo ciclo</translation>
    </message>
    <message>
        <source>&amp;New term:</source>
        <translation>&amp;Nuevo ciclo:</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>&amp;Clases:</translation>
    </message>
    <message>
        <source>What carries over?</source>
        <translation>¿Qué se traspasa?</translation>
    </message>
    <message>
        <source>Students&apos; scores and mastery evidence never carry over; they stay with the old class.</source>
        <translation>Las puntuaciones de los estudiantes y la evidencia de dominio nunca se traspasan; se quedan con la clase anterior.</translation>
    </message>
    <message>
        <source>Categories and weights</source>
        <translation>Categorías y ponderaciones</translation>
    </message>
    <message>
        <source>with drop-lowest</source>
        <translation>con descarte de las más bajas</translation>
    </message>
    <message>
        <source>Grading scale</source>
        <translation>Escala de calificaciones</translation>
    </message>
    <message>
        <source>the letter cut-offs</source>
        <translation>los límites de las letras</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Políticas</translation>
    </message>
    <message>
        <source>late and missing work, mastery method, automatic missing, at-risk thresholds, proficiency scale</source>
        <translation>entrega tardía y no entregados, método de dominio, no entregado automático, umbrales de riesgo, escala de competencia</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Estándares</translation>
    </message>
    <message>
        <source>with their own mastery method</source>
        <translation>con su propio método de dominio</translation>
    </message>
    <message>
        <source>Grading periods</source>
        <translation>Periodos de calificaciones</translation>
    </message>
    <message>
        <source>dates moved; term-final formulas point to the new periods</source>
        <translation>fechas movidas; las fórmulas de calificación final apuntan a los nuevos periodos</translation>
    </message>
    <message>
        <source>Unit and lesson plans</source>
        <translation>Planes de unidad y de clase</translation>
    </message>
    <message>
        <source>dates moved, weekdays kept; links to standards and assignments</source>
        <translation>fechas movidas, se conservan los días de la semana; vínculos a estándares y tareas</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>as unpublished templates without scores, due dates moved</source>
        <translation>como plantillas no publicadas sin puntuaciones, con las fechas de entrega movidas</translation>
    </message>
    <message>
        <source>Carry over</source>
        <translation>Traspasar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Move to the &amp;week after the old term ends (whole weeks)</source>
        <translation>Mover a la &amp;semana siguiente al fin del ciclo anterior (semanas completas)</translation>
    </message>
    <message>
        <source>Start in the week of:</source>
        <translation>Empezar en la semana del:</translation>
    </message>
    <message>
        <source>Move by a number of &amp;days:</source>
        <translation>Mover un número de &amp;días:</translation>
    </message>
    <message>
        <source>New term start date</source>
        <translation>Fecha de inicio del nuevo ciclo</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days to move dates by</source>
        <translation>Días que mover las fechas</translation>
    </message>
    <message>
        <source>&amp;Keep the roster: enroll the same students (year-long courses)</source>
        <translation>&amp;Conservar la lista de clase: inscribir a los mismos estudiantes (cursos de todo el año)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>This is what will be created. Everything happens in one step: Edit &gt; Undo takes it all back and restores the old classes.</source>
        <translation>Esto es lo que se creará. Todo ocurre en un solo paso: Editar &gt; Deshacer lo revierte todo y restaura las clases anteriores.</translation>
    </message>
    <message>
        <source>What will be created</source>
        <translation>Lo que se creará</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
</context>
<context>
    <name>k12::RosterActions</name>
    <message>
        <source>A student with number &quot;%1&quot; is already in this class.</source>
        <translation>Ya hay un estudiante con el número «%1» en esta clase.</translation>
    </message>
    <message>
        <source>Add Student</source>
        <translation>Agregar estudiante</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Editar estudiante</translation>
    </message>
    <message>
        <source>Remove Students</source>
        <translation>Quitar estudiantes</translation>
    </message>
    <message>
        <source>a student with number &quot;%1&quot; is already in this class.</source>
        <translation>ya hay un estudiante con el número «%1» en esta clase.</translation>
    </message>
    <message>
        <source>Import Roster</source>
        <translation>Importar lista de clase</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Student(s)</source>
        <translation>
            <numerusform>Agregar %n estudiante</numerusform>
            <numerusform>Agregar %n estudiantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::RosterImport</name>
    <message>
        <source>%1, line %2: the column &quot;%3&quot; appears twice.</source>
        <translation>%1, línea %2: la columna «%3» aparece dos veces.</translation>
    </message>
    <message>
        <source>%1, line %2: the header has no &quot;%3&quot; column (found: %4).</source>
        <translation>%1, línea %2: el encabezado no tiene la columna «%3» (encontradas: %4).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>the row has more cells than the header.</source>
        <translation>la fila tiene más celdas que el encabezado.</translation>
    </message>
    <message>
        <source>the given name is empty.</source>
        <translation>el nombre está vacío.</translation>
    </message>
    <message>
        <source>the family name is empty.</source>
        <translation>el apellido está vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>the student number &quot;%1&quot; is already on line %2.</source>
        <translation>el número de estudiante «%1» ya está en la línea %2.</translation>
    </message>
    <message>
        <source>%1: the file has a header but no students.</source>
        <translation>%1: el archivo tiene encabezado pero no tiene estudiantes.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: &quot;%4&quot; looks like letters lost when the file was saved in an encoding that cannot hold them; save it as CSV UTF-8.</source>
        <translation>%1, línea %2, columna %3: «%4» parece tener letras perdidas al guardar el archivo con una codificación que no las admite; guárdelo como CSV UTF-8.</translation>
    </message>
</context>
<context>
    <name>k12::RosterModel</name>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Student number</source>
        <translation>N.º de estudiante</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
</context>
<context>
    <name>k12::RosterPanel</name>
    <message>
        <source>&amp;Add Student...</source>
        <translation>&amp;Agregar estudiante...</translation>
    </message>
    <message>
        <source>&amp;Edit Student...</source>
        <translation>&amp;Editar estudiante...</translation>
    </message>
    <message>
        <source>&amp;Remove Student</source>
        <translation>&amp;Quitar estudiante</translation>
    </message>
    <message>
        <source>&amp;Import Roster CSV...</source>
        <translation>&amp;Importar lista de clase CSV...</translation>
    </message>
    <message>
        <source>Student not added</source>
        <translation>Estudiante no agregado</translation>
    </message>
    <message>
        <source>Student added.</source>
        <translation>Estudiante agregado.</translation>
    </message>
    <message>
        <source>Student not saved</source>
        <translation>Estudiante no guardado</translation>
    </message>
    <message>
        <source>Remove Students</source>
        <translation>Quitar estudiantes</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n student(s) from this class? Their grades are kept and come back if they are added again.</source>
        <translation>
            <numerusform>¿Quitar %n estudiante de esta clase? Sus calificaciones se conservan y vuelven si se le agrega de nuevo.</numerusform>
            <numerusform>¿Quitar %n estudiantes de esta clase? Sus calificaciones se conservan y vuelven si se les agrega de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Students not removed</source>
        <translation>Estudiantes no quitados</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) removed from the class.</source>
        <translation>
            <numerusform>Se quitó %n estudiante de la clase.</numerusform>
            <numerusform>Se quitaron %n estudiantes de la clase.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Roster</source>
        <translation>Importar lista de clase</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Roster not imported</source>
        <translation>Lista de clase no importada</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the file has %n problem(s). Fix them and import again.</source>
        <translation>
            <numerusform>No se importó nada: el archivo tiene %n problema. Corríjalo y vuelva a importar.</numerusform>
            <numerusform>No se importó nada: el archivo tiene %n problemas. Corríjalos y vuelva a importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n student(s).</source>
        <translation>
            <numerusform>Se importó %n estudiante.</numerusform>
            <numerusform>Se importaron %n estudiantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some names in the file look damaged: letters were probably lost when the file was saved. Import anyway?</source>
        <translation>Algunos nombres del archivo parecen dañados: probablemente se perdieron letras al guardar el archivo. ¿Importar de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Import Anyway</source>
        <translation>&amp;Importar de todos modos</translation>
    </message>
    <message>
        <source>Guardian not added</source>
        <translation>Tutor no agregado</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de clase</translation>
    </message>
</context>
<context>
    <name>k12::RowRules</name>
    <message>
        <source>That is not a number.</source>
        <translation>Eso no es un número.</translation>
    </message>
    <message>
        <source>A score cannot be negative.</source>
        <translation>Una puntuación no puede ser negativa.</translation>
    </message>
    <message>
        <source>%1 is above the allowed maximum of %2 for &quot;%3&quot; (twice its %4 points).</source>
        <translation>%1 supera el máximo permitido de %2 para «%3» (el doble de sus %4 puntos).</translation>
    </message>
    <message>
        <source>The %1 of a %2 cannot be empty.</source>
        <translation>El campo %1 de un %2 no puede estar vacío.</translation>
    </message>
    <message>
        <source>The %1 is too long: %2 characters, at most %3.</source>
        <translation>El campo %1 es demasiado largo: %2 caracteres, como máximo %3.</translation>
    </message>
    <message>
        <source>The %1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>El campo %1 debe ser uno de %2, no «%3».</translation>
    </message>
    <message>
        <source>The %1 must be a date (YYYY-MM-DD), not &quot;%2&quot;.</source>
        <translation>El campo %1 debe ser una fecha (AAAA-MM-DD), no «%2».</translation>
    </message>
    <message>
        <source>The %1 must be a list of standard ids.</source>
        <translation>El campo %1 debe ser una lista de id de estándares.</translation>
    </message>
    <message>
        <source>The %1 must be a number.</source>
        <translation>El campo %1 debe ser un número.</translation>
    </message>
    <message>
        <source>The %1 cannot be below %2.</source>
        <translation>El campo %1 no puede ser menor que %2.</translation>
    </message>
    <message>
        <source>The %1 cannot be above %2.</source>
        <translation>El campo %1 no puede ser mayor que %2.</translation>
    </message>
    <message>
        <source>A class needs a name.</source>
        <translation>Una clase necesita un nombre.</translation>
    </message>
    <message>
        <source>The missing-work policy must be &quot;zero&quot; or &quot;exclude&quot;.</source>
        <translation>La política de trabajos no entregados debe ser &quot;zero&quot; o &quot;exclude&quot;.</translation>
    </message>
    <message>
        <source>The late penalty per day must be between 0 and 100 percent.</source>
        <translation>La penalización por día de retraso debe estar entre 0 y 100 por ciento.</translation>
    </message>
    <message>
        <source>The late penalty floor must be between 0 and 100 percent.</source>
        <translation>El mínimo de la penalización por retraso debe estar entre 0 y 100 por ciento.</translation>
    </message>
    <message>
        <source>A student needs a given name.</source>
        <translation>Un estudiante necesita un nombre.</translation>
    </message>
    <message>
        <source>A student needs a family name.</source>
        <translation>Un estudiante necesita un apellido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>An enrollment needs a class and a student.</source>
        <translation>Una inscripción necesita una clase y un estudiante.</translation>
    </message>
    <message>
        <source>An enrollment is either active or dropped.</source>
        <translation>Una inscripción está activa o dada de baja.</translation>
    </message>
    <message>
        <source>A grading period needs a name.</source>
        <translation>Un periodo de calificaciones necesita un nombre.</translation>
    </message>
    <message>
        <source>A grading period cannot end before it starts.</source>
        <translation>Un periodo de calificaciones no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>Una categoría necesita un nombre.</translation>
    </message>
    <message>
        <source>A category weight cannot be negative.</source>
        <translation>La ponderación de una categoría no puede ser negativa.</translation>
    </message>
    <message>
        <source>Drop lowest cannot be negative.</source>
        <translation>Descartar las más bajas no puede ser negativo.</translation>
    </message>
    <message>
        <source>An assignment needs a title.</source>
        <translation>Una tarea necesita un título.</translation>
    </message>
    <message>
        <source>Points possible cannot be negative.</source>
        <translation>Los puntos posibles no pueden ser negativos.</translation>
    </message>
    <message>
        <source>An assignment is graded in points or letters.</source>
        <translation>Una tarea se califica con puntos o con letras.</translation>
    </message>
    <message>
        <source>Days late cannot be negative.</source>
        <translation>Los días de retraso no pueden ser negativos.</translation>
    </message>
    <message>
        <source>A standard needs a code.</source>
        <translation>Un estándar necesita un código.</translation>
    </message>
    <message>
        <source>A link needs an assignment and a standard.</source>
        <translation>Un vínculo necesita una tarea y un estándar.</translation>
    </message>
    <message>
        <source>A mastery score cannot be negative.</source>
        <translation>Una puntuación de dominio no puede ser negativa.</translation>
    </message>
    <message>
        <source>A letter scale needs at least one letter.</source>
        <translation>Una escala de letras necesita al menos una letra.</translation>
    </message>
    <message>
        <source>A letter scale is a list of letters, each with its lowest percentage.</source>
        <translation>Una escala de letras es una lista de letras, cada una con su porcentaje mínimo.</translation>
    </message>
    <message>
        <source>Every step of a letter scale needs a letter.</source>
        <translation>Cada escalón de una escala de letras necesita una letra.</translation>
    </message>
    <message>
        <source>Letter scale cut-offs must go down from the top letter (&quot;%1&quot; is not below &quot;%2&quot;).</source>
        <translation>Los límites de la escala de letras deben bajar desde la letra más alta («%1» no está por debajo de «%2»).</translation>
    </message>
    <message>
        <source>A unit needs a title.</source>
        <translation>Una unidad necesita un título.</translation>
    </message>
    <message>
        <source>A unit cannot end before it starts.</source>
        <translation>Una unidad no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>A unit is either a draft or ready.</source>
        <translation>Una unidad es un borrador o está lista.</translation>
    </message>
    <message>
        <source>A lesson needs a title.</source>
        <translation>Una lección necesita un título.</translation>
    </message>
    <message>
        <source>A lesson belongs to a unit.</source>
        <translation>Una lección pertenece a una unidad.</translation>
    </message>
    <message>
        <source>A proficiency scale needs at least two levels.</source>
        <translation>Una escala de competencia necesita al menos dos niveles.</translation>
    </message>
    <message>
        <source>A proficiency scale is a list of levels, each with a value and a label.</source>
        <translation>Una escala de competencia es una lista de niveles, cada uno con un valor y una etiqueta.</translation>
    </message>
    <message>
        <source>A proficiency level must be between 0 and 1000.</source>
        <translation>Un nivel de competencia debe estar entre 0 y 1000.</translation>
    </message>
    <message>
        <source>Every proficiency level needs a label.</source>
        <translation>Cada nivel de competencia necesita una etiqueta.</translation>
    </message>
    <message>
        <source>Proficiency levels must go up from the lowest.</source>
        <translation>Los niveles de competencia deben subir desde el más bajo.</translation>
    </message>
    <message>
        <source>A final grade formula is a list of weighted parts.</source>
        <translation>Una fórmula de calificación final es una lista de partes ponderadas.</translation>
    </message>
    <message>
        <source>Each part of a final grade formula names a period, an assignment or a category.</source>
        <translation>Cada parte de una fórmula de calificación final nombra un periodo, una tarea o una categoría.</translation>
    </message>
    <message>
        <source>Each part of a final grade formula names a period, an assignment or a category, with a weight.</source>
        <translation>Cada parte de una fórmula de calificación final nombra un periodo, una tarea o una categoría, con una ponderación.</translation>
    </message>
    <message>
        <source>A weight in a final grade formula must be between 0 and 1000.</source>
        <translation>Una ponderación de una fórmula de calificación final debe estar entre 0 y 1000.</translation>
    </message>
    <message>
        <source>The weights of a final grade formula cannot all be zero.</source>
        <translation>Las ponderaciones de una fórmula de calificación final no pueden ser todas cero.</translation>
    </message>
    <message>
        <source>An overridden final grade needs a letter.</source>
        <translation>Una calificación final sustituida necesita una letra.</translation>
    </message>
    <message>
        <source>A guardian needs a given name.</source>
        <translation>Un tutor necesita un nombre.</translation>
    </message>
    <message>
        <source>A guardian needs a family name.</source>
        <translation>Un tutor necesita un apellido.</translation>
    </message>
    <message>
        <source>A link needs a student and a guardian.</source>
        <translation>Un vínculo necesita un estudiante y un tutor.</translation>
    </message>
    <message>
        <source>A comment in the bank needs its text.</source>
        <translation>Un comentario del banco necesita su texto.</translation>
    </message>
    <message>
        <source>An invitation needs a guardian.</source>
        <translation>Una invitación necesita un tutor.</translation>
    </message>
    <message>
        <source>A notice needs a student.</source>
        <translation>Un aviso necesita un estudiante.</translation>
    </message>
</context>
<context>
    <name>k12::ScoreImport</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4</source>
        <translation>%1, línea %2, columna «%3»: %4</translation>
    </message>
    <message>
        <source>K12 Teacher export</source>
        <translation>Exportación de K12 Teacher</translation>
    </message>
    <message>
        <source>Canvas gradebook export</source>
        <translation>Exportación del libro de calificaciones de Canvas</translation>
    </message>
    <message>
        <source>student number + one column per assignment</source>
        <translation>número de estudiante + una columna por tarea</translation>
    </message>
    <message>
        <source>unknown layout</source>
        <translation>formato desconocido</translation>
    </message>
    <message>
        <source>cannot tell which student each row is: the header needs a student number column (&quot;Student Number&quot;, &quot;SIS User ID&quot;) or the layout of a K12 Teacher or Canvas export.</source>
        <translation>no se puede saber qué estudiante es cada fila: el encabezado necesita una columna de número de estudiante («Student Number», «SIS User ID») o el formato de una exportación de K12 Teacher o de Canvas.</translation>
    </message>
    <message>
        <source>unknown assignment &quot;%1&quot; (create it first, or allow new assignments).</source>
        <translation>tarea desconocida «%1» (créela primero, o permita tareas nuevas).</translation>
    </message>
    <message>
        <source>no assignment columns found.</source>
        <translation>no se encontraron columnas de tareas.</translation>
    </message>
    <message>
        <source>unknown student &quot;%1&quot; (no student in this class has that number or name).</source>
        <translation>estudiante desconocido «%1» (ningún estudiante de esta clase tiene ese número o nombre).</translation>
    </message>
    <message>
        <source>duplicate row: %1 is already on line %2.</source>
        <translation>fila duplicada: %1 ya está en la línea %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or a letter of the class&apos;s scale.</source>
        <translation>«%1» no es un número ni una letra de la escala de la clase.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (nor EX, MISSING or EXEMPT).</source>
        <translation>«%1» no es un número (ni EX, MISSING o EXEMPT).</translation>
    </message>
    <message>
        <source>the file has a header but no rows of scores.</source>
        <translation>el archivo tiene encabezado pero no tiene filas de puntuaciones.</translation>
    </message>
    <message>
        <source>identifies the student</source>
        <translation>identifica al estudiante</translation>
    </message>
    <message>
        <source>names the student</source>
        <translation>nombra al estudiante</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <source>the column has scores but no title.</source>
        <translation>la columna tiene puntuaciones pero no tiene título.</translation>
    </message>
    <message>
        <source>computed from the scores</source>
        <translation>calculada a partir de las puntuaciones</translation>
    </message>
    <message>
        <source>more than one assignment is titled &quot;%1&quot;; give them different titles, or use the column headers of an export, which carry the assignment&apos;s id.</source>
        <translation>hay más de una tarea con el título «%1»; póngales títulos distintos, o use los encabezados de columna de una exportación, que llevan el id de la tarea.</translation>
    </message>
    <message>
        <source>this column and the column &quot;%1&quot; are both the assignment &quot;%2&quot;.</source>
        <translation>esta columna y la columna «%1» son ambas la tarea «%2».</translation>
    </message>
</context>
<context>
    <name>k12::ScoreInput</name>
    <message>
        <source>&quot;%1&quot; is graded in points; type a number (or switch it to letter grades).</source>
        <translation>«%1» se califica con puntos; escriba un número (o cámbiela a calificación con letras).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage.</source>
        <translation>«%1» no es un porcentaje.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is extra credit (0 points possible); type points, not a percentage.</source>
        <translation>«%1» es crédito extra (0 puntos posibles); escriba puntos, no un porcentaje.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a letter of this class&apos;s scale (%2), nor a number.</source>
        <translation>«%1» no es una letra de la escala de esta clase (%2), ni un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: days late are a whole number of days (L3 is late, 3 days).</source>
        <translation>«%1»: los días de retraso son un número entero de días (L3 es tarde, 3 días).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a score: type points (e.g. 8.5), a percentage (85%), M for missing, EX for excused, L for late or L3 for 3 days late.</source>
        <translation>«%1» no es una puntuación: escriba puntos (p. ej. 8.5), un porcentaje (85%), M para no entregado, EX para justificado, L para tarde o L3 para 3 días de retraso.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be read two ways; scores take no thousands separator. Type the decimal with a point or a comma and one or two digits (%2), or the whole number without a separator.</source>
        <translation>«%1» puede leerse de dos maneras; las puntuaciones no llevan separador de miles. Escriba el decimal con punto o coma y una o dos cifras (%2), o el número entero sin separador.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: a score can be at most %n day(s) late.</source>
        <translation>
            <numerusform>«%1»: una puntuación puede tener como máximo %n día de retraso.</numerusform>
            <numerusform>«%1»: una puntuación puede tener como máximo %n días de retraso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SearchCommands</name>
    <message>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>Tutores</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Estándares</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Search students, guardians, classes, assignments, categories, standards, units, lessons and grade comments, archived classes included. Each word is the start of a word (&quot;alg&quot; finds Algebra), all words must match, accents are ignored.</source>
        <translation>Busca estudiantes, tutores, clases, tareas, categorías, estándares, unidades, lecciones y comentarios de calificaciones, incluidas las clases archivadas. Cada palabra es el comienzo de una palabra («alg» encuentra Álgebra), todas las palabras deben coincidir y se ignoran los acentos.</translation>
    </message>
    <message>
        <source>The words to look for.</source>
        <translation>Las palabras que buscar.</translation>
    </message>
    <message>
        <source>Print a JSON array of {kind, id, class, title, snippet, archived}, best first.</source>
        <translation>Mostrar un arreglo JSON de {kind, id, class, title, snippet, archived}, los mejores primero.</translation>
    </message>
    <message>
        <source>At most N results (default 50).</source>
        <translation>Como máximo N resultados (predeterminado: 50).</translation>
    </message>
    <message>
        <source>Rebuild the search index from the records first (maintenance).</source>
        <translation>Reconstruir primero el índice de búsqueda a partir de los registros (mantenimiento).</translation>
    </message>
    <message>
        <source>say what to search for</source>
        <translation>indique qué buscar</translation>
    </message>
    <message>
        <source>--limit must be at least 1</source>
        <translation>--limit debe ser al menos 1</translation>
    </message>
    <message>
        <source>Rebuilt the search index in %1 ms.</source>
        <translation>Índice de búsqueda reconstruido en %1 ms.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>No se encontró nada para «%1».</translation>
    </message>
    <message>
        <source>Archived (%1)</source>
        <translation>Archivada (%1)</translation>
    </message>
    <message>
        <source>Search everything (students, classes, assignments, lessons, comments, ...).</source>
        <translation>Busca en todo (estudiantes, clases, tareas, lecciones, comentarios, ...).</translation>
    </message>
</context>
<context>
    <name>k12::SearchNavigator</name>
    <message>
        <source>&amp;Search...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search (Ctrl+K)</source>
        <translation>Buscar (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>k12::SearchPopup</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search students, classes, assignments, lessons, comments…</source>
        <translation>Buscar estudiantes, clases, tareas, lecciones, comentarios…</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Type part of a name, a title or a comment. ↑↓ move, Enter opens, Esc closes.</source>
        <translation>Escriba parte de un nombre, un título o un comentario. ↑↓ mueven, Intro abre, Esc cierra.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <source>↑↓ move, Enter opens, Esc closes.</source>
        <translation>↑↓ mueven, Intro abre, Esc cierra.</translation>
    </message>
</context>
<context>
    <name>k12::SearchResultsModel</name>
    <message numerus="yes">
        <source>Classes (%n)</source>
        <translation>
            <numerusform>Clases (%n)</numerusform>
            <numerusform>Clases (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Students (%n)</source>
        <translation>
            <numerusform>Estudiantes (%n)</numerusform>
            <numerusform>Estudiantes (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Guardians (%n)</source>
        <translation>
            <numerusform>Tutores (%n)</numerusform>
            <numerusform>Tutores (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Categories (%n)</source>
        <translation>
            <numerusform>Categorías (%n)</numerusform>
            <numerusform>Categorías (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assignments (%n)</source>
        <translation>
            <numerusform>Tareas (%n)</numerusform>
            <numerusform>Tareas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Standards (%n)</source>
        <translation>
            <numerusform>Estándares (%n)</numerusform>
            <numerusform>Estándares (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Units (%n)</source>
        <translation>
            <numerusform>Unidades (%n)</numerusform>
            <numerusform>Unidades (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lessons (%n)</source>
        <translation>
            <numerusform>Lecciones (%n)</numerusform>
            <numerusform>Lecciones (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comments (%n)</source>
        <translation>
            <numerusform>Comentarios (%n)</numerusform>
            <numerusform>Comentarios (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived (%1)</source>
        <translation>Archivada (%1)</translation>
    </message>
</context>
<context>
    <name>k12::SelectionGrading</name>
    <message>
        <source>Set Score</source>
        <translation>Poner puntuación</translation>
    </message>
    <message numerus="yes">
        <source>Score for %n selected cell(s) (points, a percentage like 85%, a letter, M, EX or L):</source>
        <translation>
            <numerusform>Puntuación para %n celda seleccionada (puntos, un porcentaje como 85%, una letra, M, EX o L):</numerusform>
            <numerusform>Puntuación para %n celdas seleccionadas (puntos, un porcentaje como 85%, una letra, M, EX o L):</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill Empty Cells</source>
        <translation>Rellenar celdas vacías</translation>
    </message>
    <message>
        <source>Points for every ungraded cell in the selection:</source>
        <translation>Puntos para cada celda sin calificar de la selección:</translation>
    </message>
    <message>
        <source>Empty cells filled.</source>
        <translation>Celdas vacías rellenadas.</translation>
    </message>
    <message>
        <source>Fill Down</source>
        <translation>Rellenar hacia abajo</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>Se copió %n celda.</numerusform>
            <numerusform>Se copiaron %n celdas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Pasted.</source>
        <translation>Pegado.</translation>
    </message>
    <message>
        <source>Select cells of one assignment to curve it.</source>
        <translation>Seleccione celdas de una sola tarea para aplicarle una curva.</translation>
    </message>
    <message>
        <source>Curve</source>
        <translation>Curva</translation>
    </message>
    <message numerus="yes">
        <source>Curved %n score(s).</source>
        <translation>
            <numerusform>Se aplicó la curva a %n puntuación.</numerusform>
            <numerusform>Se aplicó la curva a %n puntuaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message numerus="yes">
        <source>Comment for %n selected cell(s):</source>
        <translation>
            <numerusform>Comentario para %n celda seleccionada:</numerusform>
            <numerusform>Comentario para %n celdas seleccionadas:</numerusform>
        </translation>
    </message>
    <message>
        <source>Published.</source>
        <translation>Publicadas.</translation>
    </message>
    <message>
        <source>Hidden from students.</source>
        <translation>Ocultas para los estudiantes.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n cell(s).</source>
        <translation>
            <numerusform>%1: %n celda.</numerusform>
            <numerusform>%1: %n celdas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Turned in on %1: %n cell(s) changed.</source>
        <translation>
            <numerusform>Entregado el %1: %n celda cambiada.</numerusform>
            <numerusform>Entregado el %1: %n celdas cambiadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
</context>
<context>
    <name>k12::StandardActions</name>
    <message>
        <source>This class already has a standard &quot;%1&quot;.</source>
        <translation>Esta clase ya tiene el estándar «%1».</translation>
    </message>
    <message>
        <source>Add Standard</source>
        <translation>Agregar estándar</translation>
    </message>
    <message>
        <source>Import Standards</source>
        <translation>Importar estándares</translation>
    </message>
    <message>
        <source>That standard is not one of this class&apos;s.</source>
        <translation>Ese estándar no es de esta clase.</translation>
    </message>
    <message>
        <source>Tag with Standards</source>
        <translation>Etiquetar con estándares</translation>
    </message>
    <message>
        <source>Remove Standards Tag</source>
        <translation>Quitar etiqueta de estándar</translation>
    </message>
    <message>
        <source>That is not a number.</source>
        <translation>Eso no es un número.</translation>
    </message>
    <message>
        <source>A level cannot be negative.</source>
        <translation>Un nivel no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 is above the allowed maximum of %2 (twice the top level, %3).</source>
        <translation>%1 supera el máximo permitido de %2 (el doble del nivel máximo, %3).</translation>
    </message>
    <message>
        <source>That student no longer exists.</source>
        <translation>Ese estudiante ya no existe.</translation>
    </message>
    <message>
        <source>Set Standard Level</source>
        <translation>Poner nivel del estándar</translation>
    </message>
    <message>
        <source>There is no level to clear for that student and standard on &quot;%1&quot;.</source>
        <translation>No hay ningún nivel que borrar para ese estudiante y ese estándar en «%1».</translation>
    </message>
    <message>
        <source>Clear Standard Level</source>
        <translation>Borrar nivel del estándar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mastery method.</source>
        <translation>«%1» no es un método de dominio.</translation>
    </message>
    <message>
        <source>%1 takes no parameter.</source>
        <translation>%1 no admite ningún parámetro.</translation>
    </message>
    <message>
        <source>The newest score&apos;s weight is a percentage from 1 to 99.</source>
        <translation>La ponderación de la puntuación más reciente es un porcentaje de 1 a 99.</translation>
    </message>
    <message>
        <source>The decay rate is a percentage from 50 to 99.</source>
        <translation>La tasa de decrecimiento es un porcentaje de 50 a 99.</translation>
    </message>
    <message>
        <source>n-mastery needs a whole number of scores from 1 to 20.</source>
        <translation>n-dominio necesita un número entero de puntuaciones de 1 a 20.</translation>
    </message>
    <message>
        <source>That standard no longer exists.</source>
        <translation>Ese estándar ya no existe.</translation>
    </message>
    <message>
        <source>Set Standard&apos;s Method</source>
        <translation>Poner el método del estándar</translation>
    </message>
    <message>
        <source>Use the Class&apos;s Method</source>
        <translation>Usar el método de la clase</translation>
    </message>
</context>
<context>
    <name>k12::StandardCommands</name>
    <message>
        <source>Add a standard to a class and print its id.</source>
        <translation>Agrega un estándar a una clase y muestra su id.</translation>
    </message>
    <message>
        <source>The standard&apos;s code, e.g. RL.7.1 (unique in the class).</source>
        <translation>El código del estándar, p. ej. RL.7.1 (único en la clase).</translation>
    </message>
    <message>
        <source>What the standard asks for.</source>
        <translation>Lo que pide el estándar.</translation>
    </message>
    <message>
        <source>List a class&apos;s standards by code.</source>
        <translation>Lista los estándares de una clase por código.</translation>
    </message>
    <message>
        <source>Print a JSON array instead of a table.</source>
        <translation>Mostrar un arreglo JSON en lugar de una tabla.</translation>
    </message>
    <message>
        <source>Import a class&apos;s standards from a CSV file with a header row and the columns code, description and, optionally, parent or strand (any order; other columns are ignored). A code the class has keeps its id and takes the file&apos;s description. A strand is written before the description as &quot;Strand: ... - &quot; (standards have no parent field). Nothing is imported if any row is bad.</source>
        <translation>Importa los estándares de una clase desde un archivo CSV con una fila de encabezado y las columnas code, description y, opcionalmente, parent o strand (en cualquier orden; las demás columnas se ignoran). Un código que la clase ya tiene conserva su id y toma la descripción del archivo. Un eje (strand) se escribe antes de la descripción como «Eje: ... - » (los estándares no tienen campo de padre). No se importa nada si alguna fila está mal.</translation>
    </message>
    <message>
        <source>The standards file.</source>
        <translation>El archivo de estándares.</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>no se importó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>no se importó nada: %n problema en el archivo.</numerusform>
            <numerusform>no se importó nada: %n problemas en el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>note: columns ignored: %1</source>
        <translation>nota: columnas ignoradas: %1</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 with a new description, %4 unchanged.</source>
        <translation>%1: %2 nuevos, %3 con descripción nueva, %4 sin cambios.</translation>
    </message>
    <message>
        <source>Tag an assignment with standards and print all its standards.</source>
        <translation>Etiqueta una tarea con estándares y muestra todos sus estándares.</translation>
    </message>
    <message>
        <source>Take standards off an assignment and print the standards it keeps. The levels entered stay evidence of mastery.</source>
        <translation>Quita estándares de una tarea y muestra los estándares que conserva. Los niveles introducidos siguen siendo evidencia de dominio.</translation>
    </message>
    <message>
        <source>Assignment title or id.</source>
        <translation>Título o id de la tarea.</translation>
    </message>
    <message>
        <source>A standard&apos;s code or id; give --standard once per standard.</source>
        <translation>El código o id de un estándar; indique --standard una vez por estándar.</translation>
    </message>
    <message>
        <source>--assignment is required</source>
        <translation>--assignment es obligatorio</translation>
    </message>
    <message>
        <source>--standard is required</source>
        <translation>--standard es obligatorio</translation>
    </message>
    <message>
        <source>no standards</source>
        <translation>sin estándares</translation>
    </message>
    <message>
        <source>--method takes most_recent, highest, mean, mode, weighted_average, decaying_average, n_mastery or power_law (not &quot;%1&quot;)</source>
        <translation>--method acepta most_recent, highest, mean, mode, weighted_average, decaying_average, n_mastery o power_law (no «%1»)</translation>
    </message>
    <message>
        <source>--param is for weighted_average, decaying_average and n_mastery</source>
        <translation>--param es para weighted_average, decaying_average y n_mastery</translation>
    </message>
    <message>
        <source>The method&apos;s parameter instead of the class&apos;s: the newest score&apos;s weight in percent (weighted_average, 1-99), the rate in percent (decaying_average, 50-99) or how many scores at or above the class&apos;s threshold are needed (n_mastery).</source>
        <translation>El parámetro del método en lugar del de la clase: la ponderación de la puntuación más reciente en porcentaje (weighted_average, 1-99), la tasa en porcentaje (decaying_average, 50-99) o cuántas puntuaciones iguales o superiores al umbral de la clase se necesitan (n_mastery).</translation>
    </message>
    <message>
        <source>Print a JSON array, one object per student and standard.</source>
        <translation>Mostrar un arreglo JSON, un objeto por estudiante y estándar.</translation>
    </message>
    <message>
        <source>--param is for weighted_average, decaying_average and n_mastery; the class uses %1</source>
        <translation>--param es para weighted_average, decaying_average y n_mastery; la clase usa %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Método: %1</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Write a class&apos;s mastery as CSV: a header row (Student, Student Number, then one column per standard code), one row per active student, each standard&apos;s mastery by the class&apos;s method with 2 decimals, empty without a result. UTF-8 with a byte order mark; the file is readable by its owner only.</source>
        <translation>Escribe el dominio de una clase en CSV: una fila de encabezado (Student, Student Number y luego una columna por código de estándar), una fila por estudiante activo, el dominio de cada estándar según el método de la clase con 2 decimales, vacío si no hay resultado. UTF-8 con marca de orden de bytes; el archivo solo lo puede leer su propietario.</translation>
    </message>
    <message>
        <source>The file to write; - writes to standard output.</source>
        <translation>El archivo que se escribirá; - escribe en la salida estándar.</translation>
    </message>
    <message>
        <source>--out is required (use - for standard output)</source>
        <translation>--out es obligatorio (use - para la salida estándar)</translation>
    </message>
    <message>
        <source>Wrote the mastery of &quot;%1&quot; to %2.</source>
        <translation>Se escribió el dominio de «%1» en %2.</translation>
    </message>
    <message>
        <source>Set the student&apos;s level on this standard (code or id) for the assignment, instead of points; with --level or --clear.</source>
        <translation>Pone el nivel del estudiante en este estándar (código o id) para la tarea, en lugar de puntos; con --level o --clear.</translation>
    </message>
    <message>
        <source>With --standard: the day it was assessed (default: the assignment&apos;s due date, else today).</source>
        <translation>Con --standard: el día en que se evaluó (predeterminado: la fecha de entrega de la tarea, o si no hoy).</translation>
    </message>
    <message>
        <source>--level and --assessed need --standard</source>
        <translation>--level y --assessed necesitan --standard</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>--standard sets a level, not points: leave out --%1</source>
        <translation>--standard pone un nivel, no puntos: quite --%1</translation>
    </message>
    <message>
        <source>with --standard, give --level X or --clear</source>
        <translation>con --standard, indique --level X o --clear</translation>
    </message>
    <message>
        <source>--clear cannot be combined with --assessed</source>
        <translation>--clear no se puede combinar con --assessed</translation>
    </message>
    <message>
        <source>Add a standard to a class; prints its id.</source>
        <translation>Agrega un estándar a una clase; muestra su id.</translation>
    </message>
    <message>
        <source>List a class&apos;s standards.</source>
        <translation>Lista los estándares de una clase.</translation>
    </message>
    <message>
        <source>Import standards from a CSV (code, description, parent/strand; all rows or none).</source>
        <translation>Importa estándares desde un CSV (code, description, parent/strand; todas las filas o ninguna).</translation>
    </message>
    <message>
        <source>Tag an assignment with standards.</source>
        <translation>Etiqueta una tarea con estándares.</translation>
    </message>
    <message>
        <source>Take standards off an assignment.</source>
        <translation>Quita estándares de una tarea.</translation>
    </message>
    <message>
        <source>Show students&apos; mastery of the class&apos;s standards.</source>
        <translation>Muestra el dominio de los estándares de la clase por parte de los estudiantes.</translation>
    </message>
    <message>
        <source>Export a class&apos;s mastery as CSV (- = standard output).</source>
        <translation>Exporta el dominio de una clase en CSV (- = salida estándar).</translation>
    </message>
    <message>
        <source>Show each student&apos;s mastery of each standard of a class: the standard&apos;s own method, else the class&apos;s, over the student&apos;s levels on the standard, oldest first (by assessed date, then by entry), rounded to 2 decimals, with the label of the class&apos;s proficiency scale (by default 1 Beginning, 2 Developing, 3 Proficient, 4 Exceeding).</source>
        <translation>Muestra el dominio de cada estudiante en cada estándar de una clase: el método propio del estándar, o si no el de la clase, sobre los niveles del estudiante en el estándar, del más antiguo al más reciente (por fecha de evaluación y luego por orden de entrada), redondeado a 2 decimales, con la etiqueta de la escala de competencia de la clase (por defecto 1 Inicial, 2 En desarrollo, 3 Competente, 4 Avanzado).</translation>
    </message>
    <message>
        <source>One method for every standard instead of theirs and the class&apos;s.</source>
        <translation>Un método para todos los estándares en lugar del suyo y del de la clase.</translation>
    </message>
    <message>
        <source>Method for %1: %2</source>
        <translation>Método para %1: %2</translation>
    </message>
    <message>
        <source>With --standard: the level on the class&apos;s proficiency scale (by default 1 Beginning, 2 Developing, 3 Proficient, 4 Exceeding; decimals allowed). Entering it again replaces it.</source>
        <translation>Con --standard: el nivel en la escala de competencia de la clase (por defecto 1 Inicial, 2 En desarrollo, 3 Competente, 4 Avanzado; se admiten decimales). Introducirlo otra vez lo reemplaza.</translation>
    </message>
    <message>
        <source>Print or set a class&apos;s proficiency scale: the levels a standard&apos;s score is read against, lowest first. Without LEVELS it prints one level a line (value, tab, label).</source>
        <translation>Muestra o define la escala de competencia de una clase: los niveles con los que se lee la puntuación de un estándar, de menor a mayor. Sin NIVELES muestra un nivel por línea (valor, tabulación, etiqueta).</translation>
    </message>
    <message>
        <source>The levels as VALUE=LABEL separated by commas, lowest first, e.g. &quot;1=Beginning,2=Developing,3=Proficient,4=Exceeding&quot; (at least two).</source>
        <translation>Los niveles como VALOR=ETIQUETA separados por comas, de menor a mayor, p. ej. &quot;1=Inicial,2=En desarrollo,3=Competente,4=Avanzado&quot; (al menos dos).</translation>
    </message>
    <message>
        <source>Go back to the default scale (1 Beginning to 4 Exceeding).</source>
        <translation>Volver a la escala predeterminada (de 1 Inicial a 4 Avanzado).</translation>
    </message>
    <message>
        <source>give LEVELS or --default, not both</source>
        <translation>indique NIVELES o --default, no ambos</translation>
    </message>
    <message>
        <source>the scale was not changed: %1</source>
        <translation>la escala no se cambió: %1</translation>
    </message>
    <message>
        <source>%1: the class&apos;s method, %2</source>
        <translation>%1: el método de la clase, %2</translation>
    </message>
    <message>
        <source>%1: %2 (its own; the class uses %3)</source>
        <translation>%1: %2 (propio; la clase usa %3)</translation>
    </message>
    <message>
        <source>Print or set the mastery method of one standard, used instead of the class&apos;s for that standard (in the Mastery tab, `mastery` and the exports).</source>
        <translation>Muestra o define el método de dominio de un estándar, usado en lugar del de la clase para ese estándar (en la pestaña Dominio, `mastery` y las exportaciones).</translation>
    </message>
    <message>
        <source>The standard&apos;s code or id.</source>
        <translation>El código o id del estándar.</translation>
    </message>
    <message>
        <source>The standard&apos;s own method.</source>
        <translation>El método propio del estándar.</translation>
    </message>
    <message>
        <source>Its parameter: the newest score&apos;s weight in percent (weighted_average, 1-99), the rate in percent (decaying_average, 50-99) or how many scores at or above the class&apos;s threshold are needed (n_mastery, 1-20). Without it, the class&apos;s.</source>
        <translation>Su parámetro: la ponderación de la puntuación más reciente en porcentaje (weighted_average, 1-99), la tasa en porcentaje (decaying_average, 50-99) o cuántas puntuaciones iguales o superiores al umbral de la clase se necesitan (n_mastery, 1-20). Sin él, el de la clase.</translation>
    </message>
    <message>
        <source>Go back to the class&apos;s method.</source>
        <translation>Volver al método de la clase.</translation>
    </message>
    <message>
        <source>--clear cannot be combined with --method or --param</source>
        <translation>--clear no se puede combinar con --method ni con --param</translation>
    </message>
    <message>
        <source>--param needs --method</source>
        <translation>--param necesita --method</translation>
    </message>
    <message>
        <source>Print or set a class&apos;s proficiency scale.</source>
        <translation>Muestra o define la escala de competencia de una clase.</translation>
    </message>
    <message>
        <source>Print or set a standard&apos;s own mastery method.</source>
        <translation>Muestra o define el método de dominio propio de un estándar.</translation>
    </message>
</context>
<context>
    <name>k12::StandardImport</name>
    <message>
        <source>Strand: %1 - %2</source>
        <translation>Eje: %1 - %2</translation>
    </message>
    <message>
        <source>%1, line %2: the column &quot;%3&quot; appears twice.</source>
        <translation>%1, línea %2: la columna «%3» aparece dos veces.</translation>
    </message>
    <message>
        <source>%1, line %2: the header has no &quot;code&quot; column (found: %3).</source>
        <translation>%1, línea %2: el encabezado no tiene la columna «code» (encontradas: %3).</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>the code is empty.</source>
        <translation>el código está vacío.</translation>
    </message>
    <message>
        <source>the code &quot;%1&quot; is already on line %2.</source>
        <translation>el código «%1» ya está en la línea %2.</translation>
    </message>
    <message>
        <source>%1: no standards below the header.</source>
        <translation>%1: no hay estándares debajo del encabezado.</translation>
    </message>
</context>
<context>
    <name>k12::StandardLevelsModel</name>
    <message>
        <source>%1 on %2: %3 (%4)</source>
        <translation>%1 en %2: %3 (%4)</translation>
    </message>
    <message>
        <source>%1, %2: level %3</source>
        <translation>%1, %2: nivel %3</translation>
    </message>
    <message>
        <source>%1, %2: no level</source>
        <translation>%1, %2: sin nivel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level: type a number of the scale (%2 to %3).</source>
        <translation>«%1» no es un nivel: escriba un número de la escala (de %2 a %3).</translation>
    </message>
</context>
<context>
    <name>k12::StandardMethodDialog</name>
    <message>
        <source>Method for %1</source>
        <translation>Método para %1</translation>
    </message>
    <message>
        <source>The class&apos;s method: %1</source>
        <translation>El método de la clase: %1</translation>
    </message>
    <message>
        <source>%1 can be computed with its own method instead of the class&apos;s, e.g. the highest level for a skill shown once, a decaying average for one that builds up.</source>
        <translation>%1 se puede calcular con su propio método en lugar del de la clase, p. ej. el nivel más alto para una habilidad que basta con demostrar una vez, o un promedio decreciente para una que se va construyendo.</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Scores &amp;needed (at or above %1):</source>
        <translation>Puntuaciones &amp;necesarias (iguales o superiores a %1):</translation>
    </message>
    <message>
        <source>&amp;Weight of the newest score:</source>
        <translation>&amp;Ponderación de la puntuación más reciente:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Decay &amp;rate:</source>
        <translation>&amp;Tasa de decrecimiento:</translation>
    </message>
    <message>
        <source>The standard follows the class&apos;s method (Class Settings, Standards Mastery).</source>
        <translation>El estándar sigue el método de la clase (Configuración de la clase, Dominio de estándares).</translation>
    </message>
</context>
<context>
    <name>k12::StandardQueries</name>
    <message>
        <source>This class has no standard &quot;%1&quot;.</source>
        <translation>Esta clase no tiene el estándar «%1».</translation>
    </message>
</context>
<context>
    <name>k12::StandardsPicker</name>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>This class has no standards yet: add one below.</source>
        <translation>Esta clase todavía no tiene estándares: agregue uno abajo.</translation>
    </message>
    <message>
        <source>Code, e.g. CCSS.MATH.6.RP.A.1</source>
        <translation>Código, p. ej. CCSS.MATH.6.RP.A.1</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Descripción (opcional)</translation>
    </message>
    <message>
        <source>Give the new standard a code before adding it.</source>
        <translation>Ponga un código al nuevo estándar antes de agregarlo.</translation>
    </message>
</context>
<context>
    <name>k12::StudentDialog</name>
    <message>
        <source>Add Student</source>
        <translation>Agregar estudiante</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>optional, from the school&apos;s system</source>
        <translation>opcional, del sistema de la escuela</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>Student &amp;number:</source>
        <translation>&amp;Número de estudiante:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Edit Student</source>
        <translation>Editar estudiante</translation>
    </message>
</context>
<context>
    <name>k12::StudentNameList</name>
    <message>
        <source>Line %1 is too long for a name (at most 100 characters).</source>
        <translation>La línea %1 es demasiado larga para un nombre (100 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;): write the family name before the comma and the given name after it.</source>
        <translation>Línea %1 («%2»): escriba el apellido antes de la coma y el nombre después.</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) has one name only: write &quot;Given Family&quot; or &quot;Family, Given&quot;.</source>
        <translation>La línea %1 («%2») tiene un solo nombre: escriba «Nombre Apellido» o «Apellido, Nombre».</translation>
    </message>
</context>
<context>
    <name>k12::StudentRepository</name>
    <message>
        <source>No student with number or id &quot;%1&quot; is enrolled in this class.</source>
        <translation>Ningún estudiante con el número o id «%1» está inscrito en esta clase.</translation>
    </message>
    <message>
        <source>Several students in this class have the number &quot;%1&quot;; use the student id.</source>
        <translation>Varios estudiantes de esta clase tienen el número «%1»; use el id del estudiante.</translation>
    </message>
</context>
<context>
    <name>k12::StudentsPage</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... y %n más.</numerusform>
            <numerusform>... y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Type or paste names</source>
        <translation>&amp;Escribir o pegar nombres</translation>
    </message>
    <message>
        <source>&amp;Import a roster file (CSV)</source>
        <translation>&amp;Importar un archivo de lista de clase (CSV)</translation>
    </message>
    <message>
        <source>Start with a &amp;sample roster (12 made-up students you can remove later)</source>
        <translation>Empezar con una lista de clase de &amp;ejemplo (12 estudiantes ficticios que puede quitar después)</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Add your students</source>
        <translation>Agregue a sus estudiantes</translation>
    </message>
    <message>
        <source>You can also leave this empty and add students later in the Roster tab.</source>
        <translation>También puede dejarlo vacío y agregar estudiantes más tarde en la pestaña Lista de clase.</translation>
    </message>
    <message>
        <source>One student per line, for example:
Lovelace, Ada
Grace Hopper</source>
        <translation>Un estudiante por línea, por ejemplo:
Lovelace, Ada
Grace Hopper</translation>
    </message>
    <message>
        <source>A CSV file with given_name and family_name columns</source>
        <translation>Un archivo CSV con las columnas given_name y family_name</translation>
    </message>
    <message>
        <source>These students will be added: %1.</source>
        <translation>Se agregarán estos estudiantes: %1.</translation>
    </message>
    <message numerus="yes">
        <source>This class has %n student(s) already; the names here are added to them (a name already in the class is not added twice).</source>
        <translation>
            <numerusform>Esta clase ya tiene %n estudiante; los nombres de aquí se agregan a él (un nombre que ya está en la clase no se agrega dos veces).</numerusform>
            <numerusform>Esta clase ya tiene %n estudiantes; los nombres de aquí se agregan a ellos (un nombre que ya está en la clase no se agrega dos veces).</numerusform>
        </translation>
    </message>
    <message>
        <source>No names yet: the class starts with an empty roster.</source>
        <translation>Todavía no hay nombres: la clase empieza con una lista de clase vacía.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will be added.</source>
        <translation>
            <numerusform>Se agregará %n estudiante.</numerusform>
            <numerusform>Se agregarán %n estudiantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the roster file exported from your school&apos;s system.</source>
        <translation>Elija el archivo de lista de clase exportado del sistema de su escuela.</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) will be imported.</source>
        <translation>
            <numerusform>Se importará %n estudiante.</numerusform>
            <numerusform>Se importarán %n estudiantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing will be imported until the file is fixed:</source>
        <translation>No se importará nada hasta que se corrija el archivo:</translation>
    </message>
    <message>
        <source>Import Roster</source>
        <translation>Importar lista de clase</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The students were not added: %1</source>
        <translation>Los estudiantes no se agregaron: %1</translation>
    </message>
</context>
<context>
    <name>k12::SyncAccount</name>
    <message>
        <source>&quot;%1&quot; is not a server address (for example https://k12.school.org).</source>
        <translation>«%1» no es una dirección de servidor (por ejemplo https://k12.school.org).</translation>
    </message>
    <message>
        <source>Not signed in to a school server: use &quot;k12-teacher login&quot; or Settings &gt; Account.</source>
        <translation>No ha iniciado sesión en un servidor escolar: use «k12-teacher login» o Configuración &gt; Cuenta.</translation>
    </message>
    <message>
        <source>The sign-in for %1 is not in the system keychain any more; please sign in again.</source>
        <translation>El inicio de sesión de %1 ya no está en el llavero del sistema; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in for %1 is not available on this computer; please sign in again (Settings &gt; Account).</source>
        <translation>El inicio de sesión de %1 no está disponible en este equipo; vuelva a iniciar sesión (Configuración &gt; Cuenta).</translation>
    </message>
</context>
<context>
    <name>k12::SyncActions</name>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Account...</source>
        <translation>&amp;Cuenta...</translation>
    </message>
    <message>
        <source>&amp;Conflicts...</source>
        <translation>C&amp;onflictos...</translation>
    </message>
    <message>
        <source>Send your changes to the school&apos;s server and receive others&apos; now</source>
        <translation>Enviar ahora sus cambios al servidor de la escuela y recibir los de los demás</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server, or sign out</source>
        <translation>Iniciar sesión en el servidor de su escuela, o cerrarla</translation>
    </message>
    <message>
        <source>Choose between your value and the server&apos;s where both changed</source>
        <translation>Elegir entre su valor y el del servidor donde ambos cambiaron</translation>
    </message>
    <message>
        <source>Sync &amp;Problems...</source>
        <translation>&amp;Problemas de sincronización...</translation>
    </message>
    <message>
        <source>See the changes the server refused and the rows this computer could not store, and why</source>
        <translation>Ver los cambios que rechazó el servidor y las filas que este equipo no pudo guardar, y por qué</translation>
    </message>
</context>
<context>
    <name>k12::SyncCommands</name>
    <message>
        <source>Sign in to the school&apos;s server; the sign-in is kept in the system keychain.</source>
        <translation>Inicia sesión en el servidor de la escuela; el inicio de sesión se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The server address, e.g. https://k12.school.org.</source>
        <translation>La dirección del servidor, p. ej. https://k12.school.org.</translation>
    </message>
    <message>
        <source>Your email address on the server.</source>
        <translation>Su dirección de correo electrónico en el servidor.</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Leer la contraseña de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>--server, --email and --password-stdin are required</source>
        <translation>--server, --email y --password-stdin son obligatorios</translation>
    </message>
    <message>
        <source>Signed in as %1 &lt;%2&gt; on %3.</source>
        <translation>Sesión iniciada como %1 &lt;%2&gt; en %3.</translation>
    </message>
    <message>
        <source>Sign out of the school&apos;s server. Queued changes stay on this computer.</source>
        <translation>Cierra la sesión en el servidor de la escuela. Los cambios en cola se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
    <message>
        <source>Send every queued change to the server and receive the server&apos;s changes. Exits 0 only when nothing is left to send and nothing failed; 3 when the server cannot be reached.</source>
        <translation>Envía al servidor todos los cambios en cola y recibe los cambios del servidor. Sale con 0 solo si no queda nada por enviar y nada falló; con 3 si no se puede contactar con el servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) were refused by the server; see &quot;k12-teacher status&quot;.</source>
        <translation>
            <numerusform>El servidor rechazó %n cambio; vea «k12-teacher status».</numerusform>
            <numerusform>El servidor rechazó %n cambios; vea «k12-teacher status».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are still waiting to be sent.</source>
        <translation>
            <numerusform>%n cambio sigue esperando a enviarse.</numerusform>
            <numerusform>%n cambios siguen esperando a enviarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) wait for your decision: see &quot;k12-teacher conflicts&quot;.</source>
        <translation>
            <numerusform>%n conflicto espera su decisión: vea «k12-teacher conflicts».</numerusform>
            <numerusform>%n conflictos esperan su decisión: vea «k12-teacher conflicts».</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the sync state: online or not, changes waiting, rejected changes, conflicts, last sync, cursor.</source>
        <translation>Muestra el estado de la sincronización: en línea o no, cambios en espera, cambios rechazados, conflictos, última sincronización, cursor.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Mostrar un objeto JSON.</translation>
    </message>
    <message>
        <source>Do not contact the server; report what the profile knows.</source>
        <translation>No contactar con el servidor; informar de lo que sabe el perfil.</translation>
    </message>
    <message>
        <source>rejected: %1 %2: %3</source>
        <translation>rechazado: %1 %2: %3</translation>
    </message>
    <message>
        <source>Settle a conflict: keep your value (sent again to the server) or the server&apos;s.</source>
        <translation>Resuelve un conflicto: conservar su valor (se vuelve a enviar al servidor) o el del servidor.</translation>
    </message>
    <message>
        <source>The conflict&apos;s id (see &quot;k12-teacher conflicts&quot;).</source>
        <translation>El id del conflicto (vea «k12-teacher conflicts»).</translation>
    </message>
    <message>
        <source>&quot;mine&quot; or &quot;server&quot;.</source>
        <translation>&quot;mine&quot; o &quot;server&quot;.</translation>
    </message>
    <message>
        <source>--keep must be &quot;mine&quot; or &quot;server&quot;</source>
        <translation>--keep debe ser &quot;mine&quot; o &quot;server&quot;</translation>
    </message>
    <message>
        <source>No open conflict has the id %1.</source>
        <translation>Ningún conflicto abierto tiene el id %1.</translation>
    </message>
    <message>
        <source>Kept your value; it is sent with the next sync.</source>
        <translation>Se conservó su valor; se envía en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Kept the server&apos;s value.</source>
        <translation>Se conservó el valor del servidor.</translation>
    </message>
    <message>
        <source>List the conflicts waiting for your decision.</source>
        <translation>Lista los conflictos que esperan su decisión.</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Mostrar un arreglo JSON.</translation>
    </message>
    <message>
        <source>mine: %1</source>
        <translation>mío: %1</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>servidor: %1</translation>
    </message>
    <message>
        <source>Sign in to the school&apos;s server.</source>
        <translation>Inicia sesión en el servidor de la escuela.</translation>
    </message>
    <message>
        <source>Sign out; queued changes stay.</source>
        <translation>Cierra la sesión; los cambios en cola se quedan.</translation>
    </message>
    <message>
        <source>One full push and pull (exit 3 when offline).</source>
        <translation>Un envío y una recepción completos (sale con 3 sin conexión).</translation>
    </message>
    <message>
        <source>Sync state, queued changes, conflicts.</source>
        <translation>Estado de la sincronización, cambios en cola, conflictos.</translation>
    </message>
    <message>
        <source>List open conflicts.</source>
        <translation>Lista los conflictos abiertos.</translation>
    </message>
    <message>
        <source>Settle a conflict.</source>
        <translation>Resuelve un conflicto.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the server could not be stored here and were set aside; the rest of the sync went on.</source>
        <translation>
            <numerusform>%n fila del servidor no se pudo guardar aquí y se apartó; el resto de la sincronización continuó.</numerusform>
            <numerusform>%n filas del servidor no se pudieron guardar aquí y se apartaron; el resto de la sincronización continuó.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync has failed %n times in a row for this reason: it will not get better by itself. Send &quot;k12-teacher status&quot; to your school&apos;s IT.</source>
        <translation>
            <numerusform>La sincronización ha fallado %n vez seguida por este motivo: no se arreglará sola. Envíe «k12-teacher status» al personal de informática de su escuela.</numerusform>
            <numerusform>La sincronización ha fallado %n veces seguidas por este motivo: no se arreglará sola. Envíe «k12-teacher status» al personal de informática de su escuela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) from the server are set aside: they could not be stored here and are tried again on every sync; see &quot;k12-teacher status&quot;.</source>
        <translation>
            <numerusform>%n fila del servidor está apartada: no se pudo guardar aquí y se vuelve a intentar en cada sincronización; vea «k12-teacher status».</numerusform>
            <numerusform>%n filas del servidor están apartadas: no se pudieron guardar aquí y se vuelven a intentar en cada sincronización; vea «k12-teacher status».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>held: %1 %2 rev %3 (%n tries): %4</source>
        <translation>
            <numerusform>retenida: %1 %2 rev %3 (%n intento): %4</numerusform>
            <numerusform>retenida: %1 %2 rev %3 (%n intentos): %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete here the rows the server deleted that were held for your say, then sync.</source>
        <translation>Eliminar aquí las filas que eliminó el servidor y que se retuvieron a la espera de su decisión, y luego sincronizar.</translation>
    </message>
    <message>
        <source>Keep the rows the server deleted that were held for your say, and send them back to the server.</source>
        <translation>Conservar las filas que eliminó el servidor y que se retuvieron a la espera de su decisión, y enviarlas de vuelta al servidor.</translation>
    </message>
    <message>
        <source>Choose --apply-deletions or --keep, not both.</source>
        <translation>Elija --apply-deletions o --keep, no ambos.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n held row(s).</source>
        <translation>
            <numerusform>Se eliminó %n fila retenida.</numerusform>
            <numerusform>Se eliminaron %n filas retenidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept %n held row(s); they are sent back to the server now.</source>
        <translation>
            <numerusform>Se conservó %n fila retenida; se envía de vuelta al servidor ahora.</numerusform>
            <numerusform>Se conservaron %n filas retenidas; se envían de vuelta al servidor ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was restored from a backup: this computer caught up with it and sent back %n change(s) the backup lacked.</source>
        <translation>
            <numerusform>El servidor se restauró desde una copia de seguridad: este equipo se puso al día y le devolvió %n cambio que faltaba en la copia.</numerusform>
            <numerusform>El servidor se restauró desde una copia de seguridad: este equipo se puso al día y le devolvió %n cambios que faltaban en la copia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server deleted %n row(s) that are kept here until you decide: nothing was deleted. &quot;k12-teacher sync --apply-deletions&quot; deletes them here, &quot;k12-teacher sync --keep&quot; sends them back to the server.</source>
        <translation>
            <numerusform>El servidor eliminó %n fila que se conserva aquí hasta que usted decida: no se eliminó nada. «k12-teacher sync --apply-deletions» la elimina aquí, «k12-teacher sync --keep» la devuelve al servidor.</numerusform>
            <numerusform>El servidor eliminó %n filas que se conservan aquí hasta que usted decida: no se eliminó nada. «k12-teacher sync --apply-deletions» las elimina aquí, «k12-teacher sync --keep» las devuelve al servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>would delete: %1 %2</source>
        <translation>se eliminaría: %1 %2</translation>
    </message>
    <message>
        <source>Sent %1: %2 applied, %3 in conflict, %4 rejected. Received %5.</source>
        <translation>Enviado: %1 (aplicados: %2, en conflicto: %3, rechazados: %4). Recibido: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SyncService</name>
    <message>
        <source>That conflict no longer exists.</source>
        <translation>Ese conflicto ya no existe.</translation>
    </message>
    <message>
        <source>That change is no longer waiting.</source>
        <translation>Ese cambio ya no está en espera.</translation>
    </message>
</context>
<context>
    <name>k12::SyncSession</name>
    <message>
        <source>The local database is busy: %1</source>
        <translation>La base de datos local está ocupada: %1</translation>
    </message>
    <message>
        <source>Cannot save the sync position.</source>
        <translation>No se puede guardar la posición de sincronización.</translation>
    </message>
    <message>
        <source>Cannot update the outbox.</source>
        <translation>No se puede actualizar la cola de envío.</translation>
    </message>
    <message numerus="yes">
        <source>The server answered %1 of %n change(s); they will be sent again.</source>
        <translation>
            <numerusform>El servidor respondió a %1 de %n cambio; se volverán a enviar.</numerusform>
            <numerusform>El servidor respondió a %1 de %n cambios; se volverán a enviar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::SyncSettingsPage</name>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>None: only the certificate authorities this computer trusts</source>
        <translation>Ninguna: solo las autoridades de certificación en las que confía este equipo</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate authority:</source>
        <translation>Con&amp;fiar en esta autoridad de certificación:</translation>
    </message>
    <message>
        <source>When the school&apos;s server has a certificate from the school&apos;s own certificate authority, choose that authority&apos;s certificate (a PEM file, from the school&apos;s IT). It is trusted in addition to the usual ones, from the next time K12 Teacher starts; certificates are always checked.</source>
        <translation>Si el servidor de la escuela tiene un certificado de la propia autoridad de certificación de la escuela, elija el certificado de esa autoridad (un archivo PEM que le da el servicio informático de la escuela). Se confía en él además de en las habituales, desde el próximo inicio de K12 Teacher; los certificados se comprueban siempre.</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>k12::SyncStatusWidget</name>
    <message>
        <source>The same thing was changed here and on the server. Click to choose what to keep.</source>
        <translation>Se cambió lo mismo aquí y en el servidor. Haga clic para elegir qué conservar.</translation>
    </message>
    <message>
        <source>Changes the server refused. Click to see why.</source>
        <translation>Cambios que rechazó el servidor. Haga clic para ver por qué.</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>sin sincronizar todavía</translation>
    </message>
    <message>
        <source>synced just now</source>
        <translation>sincronizado hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>synced %n minute(s) ago</source>
        <translation>
            <numerusform>sincronizado hace %n minuto</numerusform>
            <numerusform>sincronizado hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>synced %n hour(s) ago</source>
        <translation>
            <numerusform>sincronizado hace %n hora</numerusform>
            <numerusform>sincronizado hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>synced yesterday at %1</source>
        <translation>sincronizado ayer a las %1</translation>
    </message>
    <message>
        <source>synced on %1</source>
        <translation>sincronizado el %1</translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Todos los cambios sincronizados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln cambio en espera</numerusform>
            <numerusform>%Ln cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change made on this computer has reached the server.</source>
        <translation>Todos los cambios hechos en este equipo han llegado al servidor.</translation>
    </message>
    <message>
        <source>Saved on this computer; sent to the server at the next sync.</source>
        <translation>Guardado en este equipo; se envía al servidor en la próxima sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected change(s)</source>
        <translation>
            <numerusform>%Ln cambio rechazado</numerusform>
            <numerusform>%Ln cambios rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign In...</source>
        <translation>Iniciar sesión...</translation>
    </message>
    <message>
        <source>Sign in to your school&apos;s server again (Settings &gt; Account)</source>
        <translation>Volver a iniciar sesión en el servidor de su escuela (Configuración &gt; Cuenta)</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Sincronizando...</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>Enviar y recibir cambios ahora</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2</source>
        <translation>Enviando cambios: %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Sending changes: %Ln</source>
        <translation>
            <numerusform>Enviando cambios: %Ln</numerusform>
            <numerusform>Enviando cambios: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving changes: %Ln so far</source>
        <translation>
            <numerusform>Recibiendo cambios: %Ln hasta ahora</numerusform>
            <numerusform>Recibiendo cambios: %Ln hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Última sincronización correcta: %1</translation>
    </message>
    <message>
        <source>This computer has not completed a sync with the server yet.</source>
        <translation>Este equipo todavía no ha completado una sincronización con el servidor.</translation>
    </message>
    <message>
        <source>Online, syncing...</source>
        <translation>En línea, sincronizando...</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Working offline, changes are kept</source>
        <translation>Sin conexión, los cambios se conservan</translation>
    </message>
    <message>
        <source>Server unavailable</source>
        <translation>Servidor no disponible</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>On this computer only</source>
        <translation>Solo en este equipo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Conectado a %1 como %2.</translation>
    </message>
    <message>
        <source>%1 cannot be reached. Everything you change is saved on this computer and sent when the server can be reached again.</source>
        <translation>No se puede contactar con %1. Todo lo que cambie se guarda en este equipo y se envía cuando se pueda volver a contactar con el servidor.</translation>
    </message>
    <message>
        <source>%1 answers with errors, so K12 Teacher waits before trying again. Everything you change is saved on this computer.</source>
        <translation>%1 responde con errores, así que K12 Teacher espera antes de volver a intentarlo. Todo lo que cambie se guarda en este equipo.</translation>
    </message>
    <message>
        <source>Not signed in to %1. Your changes are kept on this computer until you sign in again (Settings &gt; Account).</source>
        <translation>No ha iniciado sesión en %1. Sus cambios se conservan en este equipo hasta que vuelva a iniciar sesión (Configuración &gt; Cuenta).</translation>
    </message>
    <message>
        <source>Not connected to a school server: everything is saved on this computer only. To sync with your school&apos;s server, use Settings &gt; Account.</source>
        <translation>No está conectado a un servidor escolar: todo se guarda solo en este equipo. Para sincronizar con el servidor de su escuela, use Configuración &gt; Cuenta.</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Último problema: %1</translation>
    </message>
    <message>
        <source>Next attempt at %1.</source>
        <translation>Próximo intento a las %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) not stored</source>
        <translation>
            <numerusform>%Ln fila no guardada</numerusform>
            <numerusform>%Ln filas no guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync stuck</source>
        <translation>Sincronización bloqueada</translation>
    </message>
    <message>
        <source>Rows from the server could not be stored on this computer; the rest was synced. Click to see why.</source>
        <translation>Algunas filas del servidor no se pudieron guardar en este equipo; el resto se sincronizó. Haga clic para ver por qué.</translation>
    </message>
    <message numerus="yes">
        <source>Sync has failed %n times in a row for the same reason: %1</source>
        <translation>
            <numerusform>La sincronización ha fallado %n vez seguida por el mismo motivo: %1</numerusform>
            <numerusform>La sincronización ha fallado %n veces seguidas por el mismo motivo: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting...</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <source>Reaching %1 as %2...</source>
        <translation>Contactando con %1 como %2...</translation>
    </message>
</context>
<context>
    <name>k12::TagStandardsDialog</name>
    <message>
        <source>Standards of &quot;%1&quot;</source>
        <translation>Estándares de «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Standards of %n assignment(s)</source>
        <translation>
            <numerusform>Estándares de %n tarea</numerusform>
            <numerusform>Estándares de %n tareas</numerusform>
        </translation>
    </message>
    <message>
        <source>Code, e.g. RL.7.1</source>
        <translation>Código, p. ej. RL.7.1</translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation>Descripción (opcional)</translation>
    </message>
    <message>
        <source>&amp;Add Standard</source>
        <translation>&amp;Agregar estándar</translation>
    </message>
    <message>
        <source>A tagged assignment can be scored per standard (Grades &gt; Grade by Standard). Standards are shared with the lesson plans.</source>
        <translation>Una tarea etiquetada se puede calificar por estándar (Calificaciones &gt; Calificar por estándar). Los estándares se comparten con los planes de clase.</translation>
    </message>
    <message>
        <source>&amp;Standards:</source>
        <translation>&amp;Estándares:</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>This class has no standards yet: add the first one below.</source>
        <translation>Esta clase todavía no tiene estándares: agregue el primero abajo.</translation>
    </message>
    <message>
        <source>Tag with Standards</source>
        <translation>Etiquetar con estándares</translation>
    </message>
    <message>
        <source>Standards not changed</source>
        <translation>Estándares sin cambios</translation>
    </message>
</context>
<context>
    <name>k12::TermFinals</name>
    <message>
        <source>A formula needs at least one part; clear it to grade the period by its own assignments.</source>
        <translation>Una fórmula necesita al menos una parte; bórrela para calificar el periodo con sus propias tareas.</translation>
    </message>
    <message>
        <source>Each part of a formula is one period, one assignment or one category.</source>
        <translation>Cada parte de una fórmula es un periodo, una tarea o una categoría.</translation>
    </message>
    <message>
        <source>The weight of each part must be a number above 0.</source>
        <translation>La ponderación de cada parte debe ser un número mayor que 0.</translation>
    </message>
    <message>
        <source>A period cannot be part of its own formula.</source>
        <translation>Un periodo no puede formar parte de su propia fórmula.</translation>
    </message>
    <message>
        <source>The formula names a grading period this class does not have.</source>
        <translation>La fórmula nombra un periodo de calificaciones que esta clase no tiene.</translation>
    </message>
    <message>
        <source>The formula names an assignment this class does not have.</source>
        <translation>La fórmula nombra una tarea que esta clase no tiene.</translation>
    </message>
    <message>
        <source>The formula names a category this class does not have.</source>
        <translation>La fórmula nombra una categoría que esta clase no tiene.</translation>
    </message>
    <message>
        <source>The formula lists the same part twice.</source>
        <translation>La fórmula incluye dos veces la misma parte.</translation>
    </message>
    <message>
        <source>The weights of a formula must add up to more than 0.</source>
        <translation>Las ponderaciones de una fórmula deben sumar más de 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already computed from this period: a formula cannot go round in a circle.</source>
        <translation>«%1» ya se calcula a partir de este periodo: una fórmula no puede dar vueltas en círculo.</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>k12::TodayCommands</name>
    <message>
        <source>(no plan yet)</source>
        <translation>(todavía sin plan)</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Next school day, %1</source>
        <translation>Siguiente día escolar, %1</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Para esta semana</translation>
    </message>
    <message>
        <source>Ungraded past due (class, assignment, due, empty cells)</source>
        <translation>Sin calificar y vencidas (clase, tarea, entrega, celdas vacías)</translation>
    </message>
    <message>
        <source>Students with missing work (class, student, missing)</source>
        <translation>Estudiantes con trabajos sin entregar (clase, estudiante, no entregadas)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>signed in to %1</source>
        <translation>sesión iniciada en %1</translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation>sin sesión iniciada</translation>
    </message>
    <message>
        <source>last sync: %1</source>
        <translation>última sincronización: %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>último error: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to sync</source>
        <translation>
            <numerusform>%Ln cambio esperando a sincronizarse</numerusform>
            <numerusform>%Ln cambios esperando a sincronizarse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict(s)</source>
        <translation>
            <numerusform>%Ln conflicto abierto</numerusform>
            <numerusform>%Ln conflictos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected change(s)</source>
        <translation>
            <numerusform>%Ln cambio rechazado</numerusform>
            <numerusform>%Ln cambios rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) held back</source>
        <translation>
            <numerusform>%Ln fila retenida</numerusform>
            <numerusform>%Ln filas retenidas</numerusform>
        </translation>
    </message>
    <message>
        <source>What the Today page shows, across all active classes: today&apos;s and the next school day&apos;s lessons (and class days without a plan), assignments due this week, ungraded work past its due date, students with missing work, and the state of sync.</source>
        <translation>Lo que muestra la página Hoy, en todas las clases activas: las lecciones de hoy y del siguiente día escolar (y los días de clase sin plan), las tareas que vencen esta semana, los trabajos sin calificar con la fecha de entrega vencida, los estudiantes con trabajos sin entregar y el estado de la sincronización.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text sections.</source>
        <translation>Mostrar un objeto JSON en lugar de secciones de texto.</translation>
    </message>
    <message>
        <source>As if today were this day (default: today).</source>
        <translation>Como si hoy fuera este día (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Today&apos;s lessons, due and ungraded work, students missing work, sync</source>
        <translation>Lecciones de hoy, trabajos que vencen y sin calificar, estudiantes con trabajos sin entregar, sincronización</translation>
    </message>
    <message>
        <source>Check the reminders now and show the due ones as desktop notifications, as the app does on start and every hour. Prints what was sent.</source>
        <translation>Revisa ahora los recordatorios y muestra los pendientes como notificaciones de escritorio, como hace la aplicación al abrirse y cada hora. Muestra lo que se envió.</translation>
    </message>
    <message>
        <source>Also the reminders already shown today or snoozed.</source>
        <translation>También los recordatorios ya mostrados hoy o pospuestos.</translation>
    </message>
    <message>
        <source>No desktop notification service is running (org.freedesktop.Notifications on the session bus).</source>
        <translation>No hay ningún servicio de notificaciones de escritorio en ejecución (org.freedesktop.Notifications en el bus de sesión).</translation>
    </message>
    <message>
        <source>No reminders are due.</source>
        <translation>No hay recordatorios pendientes.</translation>
    </message>
    <message>
        <source>Show the due reminders as desktop notifications now</source>
        <translation>Mostrar ahora los recordatorios pendientes como notificaciones de escritorio</translation>
    </message>
</context>
<context>
    <name>k12::TodayNavigator</name>
    <message>
        <source>This profile works on this computer only: sign in under Settings to sync with your school&apos;s server.</source>
        <translation>Este perfil funciona solo en este equipo: inicie sesión en Configuración para sincronizar con el servidor de su escuela.</translation>
    </message>
</context>
<context>
    <name>k12::TodayView</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No plan yet — press Enter to create one</source>
        <translation>Todavía sin plan — pulse Intro para crear uno</translation>
    </message>
    <message>
        <source>Today&apos;s lessons</source>
        <translation>Lecciones de hoy</translation>
    </message>
    <message>
        <source>Lessons on %1</source>
        <translation>Lecciones del %1</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Para esta semana</translation>
    </message>
    <message>
        <source>Ungraded, past due</source>
        <translation>Sin calificar, vencidas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to grade</source>
        <translation>
            <numerusform>%Ln por calificar</numerusform>
            <numerusform>%Ln por calificar</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>entrega: %1</translation>
    </message>
    <message>
        <source>Students with missing work</source>
        <translation>Estudiantes con trabajos sin entregar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln missing</source>
        <translation>
            <numerusform>%Ln no entregada</numerusform>
            <numerusform>%Ln no entregadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Working on this computer only</source>
        <translation>Trabajando solo en este equipo</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Sin sincronizar todavía</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting</source>
        <translation>
            <numerusform>%Ln cambio en espera</numerusform>
            <numerusform>%Ln cambios en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync failed: %1</source>
        <translation>La última sincronización falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to resolve</source>
        <translation>
            <numerusform>%Ln conflicto por resolver</numerusform>
            <numerusform>%Ln conflictos por resolver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) rejected by the server</source>
        <translation>
            <numerusform>%Ln cambio rechazado por el servidor</numerusform>
            <numerusform>%Ln cambios rechazados por el servidor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) from the server held back</source>
        <translation>
            <numerusform>%Ln fila del servidor retenida</numerusform>
            <numerusform>%Ln filas del servidor retenidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson for %1</source>
        <translation>Lección para %1</translation>
    </message>
    <message>
        <source>New lesson</source>
        <translation>Nueva lección</translation>
    </message>
</context>
<context>
    <name>k12::TrustedAuthority</name>
    <message>
        <source>The certificate authority file %1 cannot be read: %2</source>
        <translation>No se puede leer el archivo de autoridad de certificación %1: %2</translation>
    </message>
    <message>
        <source>The certificate authority file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>El archivo de autoridad de certificación %1 no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
</context>
<context>
    <name>k12::TurnedInDialog</name>
    <message>
        <source>Turned In On</source>
        <translation>Entregado el</translation>
    </message>
    <message numerus="yes">
        <source>When was the work of the %n selected cell(s) turned in?</source>
        <translation>
            <numerusform>¿Cuándo se entregó el trabajo de la %n celda seleccionada?</numerusform>
            <numerusform>¿Cuándo se entregó el trabajo de las %n celdas seleccionadas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Days late are school days, Monday to Friday, after the due date; work turned in on a Saturday or Sunday counts from the Monday after. Holidays are not known here: where one falls, type L and the days in the cell (L2: 2 days late).</source>
        <translation>Los días de retraso son días escolares, de lunes a viernes, después de la fecha de entrega; un trabajo entregado en sábado o domingo cuenta desde el lunes siguiente. Aquí no se conocen los días festivos: si cae alguno, escriba L y los días en la celda (L2: 2 días de retraso).</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Turned in on:</source>
        <translation>En&amp;tregado el:</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, due %2: %3</source>
        <translation>«%1», entrega: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more assignment(s))</source>
        <translation>
            <numerusform>(y %n tarea más)</numerusform>
            <numerusform>(y %n tareas más)</numerusform>
        </translation>
    </message>
    <message>
        <source>This class has no late penalty: the cells are marked late with their days, and nothing is deducted.</source>
        <translation>Esta clase no tiene penalización por retraso: las celdas se marcan como tarde con sus días, y no se resta nada.</translation>
    </message>
    <message>
        <source>Late penalty: %1.</source>
        <translation>Penalización por retraso: %1.</translation>
    </message>
    <message>
        <source>When was &quot;%1&quot; turned in by %2?</source>
        <translation>¿Cuándo entregó %2 «%1»?</translation>
    </message>
</context>
<context>
    <name>k12::UnitEditor</name>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Ready to teach</source>
        <translation>Lista para enseñar</translation>
    </message>
    <message>
        <source>What the unit is about and what students will be able to do</source>
        <translation>De qué trata la unidad y qué serán capaces de hacer los estudiantes</translation>
    </message>
    <message>
        <source>One question per line</source>
        <translation>Una pregunta por línea</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unit plan&lt;/b&gt;</source>
        <translation>&lt;b&gt;Plan de unidad&lt;/b&gt;</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <source>&amp;Essential questions:</source>
        <translation>Preguntas &amp;esenciales:</translation>
    </message>
    <message>
        <source>Standards:</source>
        <translation>Estándares:</translation>
    </message>
    <message>
        <source>Edit Unit Title</source>
        <translation>Editar el título de la unidad</translation>
    </message>
    <message>
        <source>Change Unit Start</source>
        <translation>Cambiar el inicio de la unidad</translation>
    </message>
    <message>
        <source>Change Unit End</source>
        <translation>Cambiar el fin de la unidad</translation>
    </message>
    <message>
        <source>Edit Unit Summary</source>
        <translation>Editar el resumen de la unidad</translation>
    </message>
    <message>
        <source>Edit Essential Questions</source>
        <translation>Editar las preguntas esenciales</translation>
    </message>
    <message>
        <source>This unit no longer exists.</source>
        <translation>Esta unidad ya no existe.</translation>
    </message>
    <message>
        <source>Change Unit Standards</source>
        <translation>Cambiar los estándares de la unidad</translation>
    </message>
    <message>
        <source>Mark Unit Ready</source>
        <translation>Marcar la unidad como lista</translation>
    </message>
    <message>
        <source>Mark Unit as Draft</source>
        <translation>Marcar la unidad como borrador</translation>
    </message>
    <message>
        <source>Standard %1 added to the class.</source>
        <translation>Estándar %1 agregado a la clase.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
</context>
<context>
    <name>k12::UnitListModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
</context>
<context>
    <name>k12::UnitPage</name>
    <message>
        <source>Your first unit plan</source>
        <translation>Su primer plan de unidad</translation>
    </message>
    <message>
        <source>A unit is a few weeks of lessons around one topic. Standards are optional.</source>
        <translation>Una unidad son unas semanas de lecciones en torno a un tema. Los estándares son opcionales.</translation>
    </message>
    <message>
        <source>Code, e.g. CCSS.MATH.6.RP.A.1</source>
        <translation>Código, p. ej. CCSS.MATH.6.RP.A.1</translation>
    </message>
    <message>
        <source>A second code (optional)</source>
        <translation>Un segundo código (opcional)</translation>
    </message>
    <message>
        <source>What it says (optional)</source>
        <translation>Lo que dice (opcional)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Unit &amp;title:</source>
        <translation>&amp;Título de la unidad:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>&amp;Standards:</source>
        <translation>&amp;Estándares:</translation>
    </message>
    <message>
        <source>Summary, essential questions and more standards can be added later in the Plans tab.</source>
        <translation>El resumen, las preguntas esenciales y más estándares se pueden agregar después en la pestaña Planes.</translation>
    </message>
    <message>
        <source>Unit 1</source>
        <translation>Unidad 1</translation>
    </message>
    <message>
        <source>The unit ends before it starts: pick an end date on or after %1.</source>
        <translation>La unidad termina antes de empezar: elija una fecha de fin igual o posterior al %1.</translation>
    </message>
    <message>
        <source>A unit longer than a year is probably a typo in the end date.</source>
        <translation>Una unidad de más de un año probablemente es un error en la fecha de fin.</translation>
    </message>
    <message>
        <source>The first standard needs a code (e.g. CCSS.MATH.6.RP.A.1) before its description.</source>
        <translation>El primer estándar necesita un código (p. ej. CCSS.MATH.6.RP.A.1) antes de su descripción.</translation>
    </message>
    <message>
        <source>The second standard needs a code before its description.</source>
        <translation>El segundo estándar necesita un código antes de su descripción.</translation>
    </message>
    <message>
        <source>Both standards have the same code.</source>
        <translation>Los dos estándares tienen el mismo código.</translation>
    </message>
    <message>
        <source>Give the unit a title, e.g. Unit 1: Ratios.</source>
        <translation>Ponga un título a la unidad, p. ej. Unidad 1: Razones.</translation>
    </message>
    <message>
        <source>The unit was not saved: %1</source>
        <translation>La unidad no se guardó: %1</translation>
    </message>
</context>
<context>
    <name>k12::WeekPlanModel</name>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
</context>
<context>
    <name>k12::WeekView</name>
    <message>
        <source>No lessons are planned for this week. Lessons appear here on their dates.</source>
        <translation>No hay lecciones planificadas para esta semana. Las lecciones aparecen aquí en sus fechas.</translation>
    </message>
    <message>
        <source>◀ &amp;Previous Week</source>
        <translation>◀ Semana &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;This Week</source>
        <translation>&amp;Esta semana</translation>
    </message>
    <message>
        <source>&amp;Next Week ▶</source>
        <translation>Semana &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>Double-click a lesson to open it</source>
        <translation>Haga doble clic en una lección para abrirla</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semana del %1 al %2</translation>
    </message>
</context>
<context>
    <name>k12::WelcomePage</name>
    <message>
        <source>Welcome to K12 Teacher</source>
        <translation>Bienvenido a K12 Teacher</translation>
    </message>
    <message>
        <source>Let&apos;s set up your first class. It takes about three minutes.</source>
        <translation>Vamos a configurar su primera clase. Se tarda unos tres minutos.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In a few short steps you will have:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;your first &lt;b&gt;class&lt;/b&gt;, with its &lt;b&gt;students&lt;/b&gt;,&lt;/li&gt;&lt;li&gt;&lt;b&gt;grading categories&lt;/b&gt; (weights you can change any time),&lt;/li&gt;&lt;li&gt;a first &lt;b&gt;unit plan&lt;/b&gt; and its first &lt;b&gt;lesson&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every step has sensible defaults: type a class name and press &lt;b&gt;Enter&lt;/b&gt; on each page to accept them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;En unos pocos pasos tendrá:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;su primera &lt;b&gt;clase&lt;/b&gt;, con sus &lt;b&gt;estudiantes&lt;/b&gt;,&lt;/li&gt;&lt;li&gt;&lt;b&gt;categorías de calificación&lt;/b&gt; (ponderaciones que puede cambiar cuando quiera),&lt;/li&gt;&lt;li&gt;un primer &lt;b&gt;plan de unidad&lt;/b&gt; y su primera &lt;b&gt;lección&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Cada paso tiene valores predeterminados razonables: escriba el nombre de una clase y pulse &lt;b&gt;Intro&lt;/b&gt; en cada página para aceptarlos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Everything is saved on this computer as you go, and works without a network. You can close this walkthrough at any step and continue later from Help &gt; Getting Started Walkthrough.</source>
        <translation>Todo se guarda en este equipo a medida que avanza y funciona sin red. Puede cerrar este recorrido guiado en cualquier paso y continuar más tarde desde Ayuda &gt; Recorrido de primeros pasos.</translation>
    </message>
</context>
<context>
    <name>k12::WhatItTakesModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>calificada</translation>
    </message>
    <message>
        <source>This student already has a score or a mark on the chosen assignment.</source>
        <translation>Este estudiante ya tiene una puntuación o una marca en la tarea elegida.</translation>
    </message>
    <message>
        <source>secured</source>
        <translation>asegurada</translation>
    </message>
    <message>
        <source>out of reach</source>
        <translation>fuera de alcance</translation>
    </message>
    <message>
        <source>Keeps %1 or better even with 0 % on the work still to come.</source>
        <translation>Mantiene %1 o más incluso con 0 % en el trabajo pendiente.</translation>
    </message>
    <message>
        <source>Does not reach %1 even with 100 % on the work still to come.</source>
        <translation>No llega a %1 ni con 100 % en el trabajo pendiente.</translation>
    </message>
    <message>
        <source>Needs %1 % on the work still to come for %2.</source>
        <translation>Necesita %1 % en el trabajo pendiente para %2.</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Final %</source>
        <translation>% final</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>k12::XlsxArchive</name>
    <message>
        <source>the zip archive&apos;s directory is damaged</source>
        <translation>el directorio del archivo zip está dañado</translation>
    </message>
    <message>
        <source>%1 is encrypted</source>
        <translation>%1 está cifrado</translation>
    </message>
    <message>
        <source>the zip archive is damaged at %1</source>
        <translation>el archivo zip está dañado en %1</translation>
    </message>
    <message>
        <source>the zip archive is cut short in %1</source>
        <translation>el archivo zip está cortado en %1</translation>
    </message>
    <message>
        <source>the zip archive is incomplete or damaged: its directory cannot be read</source>
        <translation>el archivo zip está incompleto o dañado: no se puede leer su directorio</translation>
    </message>
    <message>
        <source>%1 cannot be read while another part is open</source>
        <translation>%1 no se puede leer mientras hay otra parte abierta</translation>
    </message>
    <message>
        <source>no part of the workbook is open</source>
        <translation>no hay ninguna parte del libro abierta</translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation>%1 está cortado</translation>
    </message>
    <message>
        <source>%1 is damaged (its compressed data is invalid)</source>
        <translation>%1 está dañado (sus datos comprimidos no son válidos)</translation>
    </message>
    <message>
        <source>%1 is damaged (error %2 while unpacking it)</source>
        <translation>%1 está dañado (error %2 al descomprimirlo)</translation>
    </message>
    <message>
        <source>%1 is damaged (its check sum does not match)</source>
        <translation>%1 está dañado (su suma de comprobación no coincide)</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 está dañado</translation>
    </message>
    <message numerus="yes">
        <source>the zip archive has more than %Ln file(s)</source>
        <translation>
            <numerusform>el archivo zip tiene más de %Ln archivo</numerusform>
            <numerusform>el archivo zip tiene más de %Ln archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::XlsxPart</name>
    <message>
        <source>%1 is compressed in a way this program cannot unpack (method %2)</source>
        <translation>%1 está comprimido de una forma que este programa no puede descomprimir (método %2)</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than %L1 MiB and is refused as a possible zip bomb</source>
        <translation>el libro se descomprime a más de %L1 MiB y se rechaza como posible bomba zip</translation>
    </message>
    <message>
        <source>%1 is damaged (it unpacks to more than the archive says)</source>
        <translation>%1 está dañado (se descomprime a más de lo que dice el archivo zip)</translation>
    </message>
    <message>
        <source>%1 ends too early</source>
        <translation>%1 termina antes de tiempo</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %L2: %3)</source>
        <translation>%1 no es un XML bien formado (línea %L2: %3)</translation>
    </message>
    <message>
        <source>%1 is damaged (it unpacks to less than the archive says)</source>
        <translation>%1 está dañado (se descomprime a menos de lo que dice el archivo zip)</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds a text longer than a spreadsheet cell can be (%Ln character(s))</source>
        <translation>
            <numerusform>%1 contiene un texto más largo de lo que puede tener una celda de hoja de cálculo (%Ln carácter)</numerusform>
            <numerusform>%1 contiene un texto más largo de lo que puede tener una celda de hoja de cálculo (%Ln caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::XlsxReader</name>
    <message>
        <source>%1: not an XLSX workbook (%2).</source>
        <translation>%1: no es un libro XLSX (%2).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>a part of it is damaged</source>
        <translation>una parte está dañada</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>no tiene %1</translation>
    </message>
    <message>
        <source>%1: the workbook unpacks to more than %L2 MiB and is refused as a possible zip bomb.</source>
        <translation>%1: el libro se descomprime a más de %L2 MiB y se rechaza como posible bomba zip.</translation>
    </message>
    <message>
        <source>not a zip archive</source>
        <translation>no es un archivo zip</translation>
    </message>
    <message>
        <source>it has no worksheet</source>
        <translation>no tiene ninguna hoja de cálculo</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet named &quot;%2&quot;; its sheets are %3.</source>
        <translation>%1: el libro no tiene ninguna hoja llamada «%2»; sus hojas son %3.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a worksheet (a chart or macro sheet).</source>
        <translation>%1: «%2» no es una hoja de cálculo (es una hoja de gráfico o de macros).</translation>
    </message>
    <message>
        <source>%1: row %L2 has a cell with the reference &quot;%3&quot;, which names no column.</source>
        <translation>%1: la fila %L2 tiene una celda con la referencia «%3», que no nombra ninguna columna.</translation>
    </message>
    <message>
        <source>%1: row %L2 has a cell past column %L3, the last a spreadsheet can have.</source>
        <translation>%1: la fila %L2 tiene una celda más allá de la columna %L3, la última que puede tener una hoja de cálculo.</translation>
    </message>
    <message>
        <source>%1: cell %2 of sheet &quot;%3&quot; refers to a text the workbook does not have.</source>
        <translation>%1: la celda %2 de la hoja «%3» remite a un texto que el libro no tiene.</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; has a row numbered &quot;%3&quot;.</source>
        <translation>%1: la hoja «%2» tiene una fila numerada «%3».</translation>
    </message>
    <message>
        <source>row %L1 of sheet &quot;%2&quot; comes after row %L3</source>
        <translation>la fila %L1 de la hoja «%2» viene después de la fila %L3</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; is empty; it needs a header row.</source>
        <translation>%1: la hoja «%2» está vacía; necesita una fila de encabezado.</translation>
    </message>
    <message>
        <source>%1: cannot open the file (%2).</source>
        <translation>%1: no se puede abrir el archivo (%2).</translation>
    </message>
    <message>
        <source>%1: the file is larger than %L2 MiB, more than a gradebook workbook can be.</source>
        <translation>%1: el archivo tiene más de %L2 MiB, más de lo que puede ocupar un libro de calificaciones.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the workbook holds more than %Ln text(s), more than can be imported.</source>
        <translation>
            <numerusform>%1: el libro contiene más de %Ln texto, más de los que se pueden importar.</numerusform>
            <numerusform>%1: el libro contiene más de %Ln textos, más de los que se pueden importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the sheet &quot;%2&quot; has more than %Ln cell(s), more than can be imported.</source>
        <translation>
            <numerusform>%1: la hoja «%2» tiene más de %Ln celda, más de las que se pueden importar.</numerusform>
            <numerusform>%1: la hoja «%2» tiene más de %Ln celdas, más de las que se pueden importar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: sheet &quot;%2&quot; has more than %Ln row(s), the most a spreadsheet can have.</source>
        <translation>
            <numerusform>%1: la hoja «%2» tiene más de %Ln fila, el máximo que puede tener una hoja de cálculo.</numerusform>
            <numerusform>%1: la hoja «%2» tiene más de %Ln filas, el máximo que puede tener una hoja de cálculo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::XlsxWriter</name>
    <message>
        <source>Could not create a temporary folder for the spreadsheet: %1</source>
        <translation>No se pudo crear una carpeta temporal para la hoja de cálculo: %1</translation>
    </message>
    <message>
        <source>Could not prepare the spreadsheet writer (no &quot;C&quot; locale).</source>
        <translation>No se pudo preparar el generador de hojas de cálculo (no hay configuración regional «C»).</translation>
    </message>
    <message>
        <source>Could not create the spreadsheet.</source>
        <translation>No se pudo crear la hoja de cálculo.</translation>
    </message>
    <message>
        <source>Could not add the worksheet &quot;%1&quot; to the spreadsheet.</source>
        <translation>No se pudo agregar la hoja «%1» a la hoja de cálculo.</translation>
    </message>
    <message>
        <source>Could not create the spreadsheet: %1</source>
        <translation>No se pudo crear la hoja de cálculo: %1</translation>
    </message>
    <message>
        <source>Cell %1 holds a number a spreadsheet cannot store (%2).</source>
        <translation>La celda %1 contiene un número que una hoja de cálculo no puede guardar (%2).</translation>
    </message>
    <message>
        <source>Could not write cell %1 of the spreadsheet: %2</source>
        <translation>No se pudo escribir la celda %1 de la hoja de cálculo: %2</translation>
    </message>
    <message>
        <source>Could not set the width of column %1: %2</source>
        <translation>No se pudo establecer el ancho de la columna %1: %2</translation>
    </message>
    <message>
        <source>Could not read back the spreadsheet: %1</source>
        <translation>No se pudo volver a leer la hoja de cálculo: %1</translation>
    </message>
    <message>
        <source>A spreadsheet needs at least one sheet.</source>
        <translation>Una hoja de cálculo necesita al menos una hoja.</translation>
    </message>
    <message numerus="yes">
        <source>The sheet has %Ln row(s); Excel holds at most %L1.</source>
        <translation>
            <numerusform>La hoja tiene %Ln fila; Excel admite como máximo %L1.</numerusform>
            <numerusform>La hoja tiene %Ln filas; Excel admite como máximo %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sheet has %Ln column(s); Excel holds at most %L1.</source>
        <translation>
            <numerusform>La hoja tiene %Ln columna; Excel admite como máximo %L1.</numerusform>
            <numerusform>La hoja tiene %Ln columnas; Excel admite como máximo %L1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cell %1 has %Ln character(s); a spreadsheet cell holds at most %L2.</source>
        <translation>
            <numerusform>La celda %1 tiene %Ln carácter; una celda de hoja de cálculo admite como máximo %L2.</numerusform>
            <numerusform>La celda %1 tiene %Ln caracteres; una celda de hoja de cálculo admite como máximo %L2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>k12::YearEndActions</name>
    <message>
        <source>Export the &amp;Year...</source>
        <translation>Exportar el &amp;año...</translation>
    </message>
    <message>
        <source>&amp;Delete Class...</source>
        <translation>&amp;Eliminar clase...</translation>
    </message>
    <message>
        <source>Save every class of a term (gradebooks, progress reports, plans) as one zip file</source>
        <translation>Guardar todas las clases de un ciclo (libros de calificaciones, informes de progreso, planes) en un archivo zip</translation>
    </message>
    <message>
        <source>Delete a class and everything in it, after a backup; archiving keeps it instead</source>
        <translation>Eliminar una clase y todo su contenido, tras una copia de seguridad; archivarla en cambio la conserva</translation>
    </message>
    <message>
        <source>Delete Class</source>
        <translation>Eliminar clase</translation>
    </message>
    <message>
        <source>Deleted %1. A backup was kept; Edit &gt; Undo brings the class back.</source>
        <translation>Se eliminó %1. Se guardó una copia de seguridad; Editar &gt; Deshacer recupera la clase.</translation>
    </message>
</context>
<context>
    <name>k12::YearEndCommands</name>
    <message>
        <source>Write one zip file with everything of a term: for every class (archived ones too) the gradebook as CSV and XLSX, the progress reports as one PDF and the unit plans as PDF, and a README.txt listing what is inside. The file is private (0600) and appears only when it is complete.</source>
        <translation>Escribe un archivo zip con todo lo de un ciclo: para cada clase (también las archivadas) el libro de calificaciones en CSV y XLSX, los informes de progreso en un PDF y los planes de unidad en PDF, y un README.txt con lo que contiene. El archivo es privado (0600) y solo aparece cuando está completo.</translation>
    </message>
    <message>
        <source>The term, as the classes name it (e.g. &quot;2025-26 Spring&quot;).</source>
        <translation>El ciclo, como lo nombran las clases (p. ej. «2025-26 Spring»).</translation>
    </message>
    <message>
        <source>The zip file to write.</source>
        <translation>El archivo zip que se escribirá.</translation>
    </message>
    <message>
        <source>--out is required</source>
        <translation>--out es obligatorio</translation>
    </message>
    <message>
        <source>--term is required</source>
        <translation>--term es obligatorio</translation>
    </message>
    <message>
        <source>--term is required (terms: %1)</source>
        <translation>--term es obligatorio (ciclos: %1)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n class(es), </source>
        <translation>
            <numerusform>Se escribió %n clase, </numerusform>
            <numerusform>Se escribieron %n clases, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), </source>
        <translation>
            <numerusform>%n archivo, </numerusform>
            <numerusform>%n archivos, </numerusform>
        </translation>
    </message>
    <message>
        <source>Delete a class and everything in it (roster, assignments, grades, plans) for good, archived or not. A backup of the whole profile is taken first (&quot;before-delete&quot;, kept 30 days); in the window, Edit &gt; Undo brings it back. Students stay in the profile.</source>
        <translation>Elimina definitivamente una clase y todo su contenido (lista de clase, tareas, calificaciones, planes), archivada o no. Antes se hace una copia de seguridad de todo el perfil («before-delete», se conserva 30 días); en la ventana, Editar &gt; Deshacer la recupera. Los estudiantes siguen en el perfil.</translation>
    </message>
    <message>
        <source>The class: its id, its exact name, or &quot;Name (Term)&quot;.</source>
        <translation>La clase: su id, su nombre exacto o «Nombre (Ciclo)».</translation>
    </message>
    <message>
        <source>Really delete it (without it, nothing is deleted).</source>
        <translation>Eliminarla de verdad (sin esto, no se elimina nada).</translation>
    </message>
    <message>
        <source>Deleting %1 removes %2, %3 and %4 for good. Nothing was deleted: add --yes to delete it (a backup is taken first).</source>
        <translation>Eliminar %1 quita definitivamente %2, %3 y %4. No se eliminó nada: agregue --yes para eliminarla (antes se hace una copia de seguridad).</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n estudiante</numerusform>
            <numerusform>%n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n grade(s)</source>
        <translation>
            <numerusform>%n calificación</numerusform>
            <numerusform>%n calificaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1 (%n row(s)).</source>
        <translation>
            <numerusform>Se eliminó %1 (%n fila).</numerusform>
            <numerusform>Se eliminó %1 (%n filas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup: %1 (k12-teacher backup restore %1 brings it back).</source>
        <translation>Copia de seguridad: %1 («k12-teacher backup restore %1» la recupera).</translation>
    </message>
    <message>
        <source>Write a term&apos;s gradebooks, progress reports and plans as one zip file.</source>
        <translation>Escribe los libros de calificaciones, informes de progreso y planes de un ciclo en un archivo zip.</translation>
    </message>
    <message>
        <source>Delete a class and everything in it (a backup is taken first).</source>
        <translation>Elimina una clase y todo su contenido (antes se hace una copia de seguridad).</translation>
    </message>
    <message>
        <source>%1 in %2 ms.</source>
        <translation>%1 en %2 ms.</translation>
    </message>
</context>
<context>
    <name>k12::YearExport</name>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>K12 Teacher - %1.zip</source>
        <translation>K12 Teacher - %1.zip</translation>
    </message>
    <message>
        <source>No class has a term to export.</source>
        <translation>Ninguna clase tiene un ciclo que exportar.</translation>
    </message>
    <message>
        <source>No class has the term &quot;%1&quot;. Terms: %2.</source>
        <translation>Ninguna clase tiene el ciclo «%1». Ciclos: %2.</translation>
    </message>
    <message>
        <source>The year&apos;s export is a zip file: &quot;%1&quot; does not end in .zip.</source>
        <translation>La exportación del año es un archivo zip: «%1» no termina en .zip.</translation>
    </message>
    <message>
        <source>%1 (period %2)</source>
        <translation>%1 (periodo %2)</translation>
    </message>
    <message>
        <source>%1 - archived</source>
        <translation>%1 - archivada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(no students: no progress reports)</source>
        <translation>(sin estudiantes: sin informes de progreso)</translation>
    </message>
    <message>
        <source>Progress reports.pdf</source>
        <translation>Informes de progreso.pdf</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <source>(no unit plans)</source>
        <translation>(sin planes de unidad)</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>K12 Teacher: the year&apos;s export of %1</source>
        <translation>K12 Teacher: la exportación del año de %1</translation>
    </message>
    <message>
        <source>Written %1 by K12 Teacher.</source>
        <translation>Escrito el %1 por K12 Teacher.</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es). In each class&apos;s folder: the gradebook as CSV (UTF-8, opens in Excel and LibreOffice) and XLSX, every student&apos;s progress report for the whole course in one PDF, and each unit plan with its lessons as a PDF.</source>
        <translation>
            <numerusform>%n clase. En la carpeta de cada clase: el libro de calificaciones en CSV (UTF-8, se abre en Excel y LibreOffice) y XLSX, el informe de progreso de cada estudiante para todo el curso en un PDF, y cada plan de unidad con sus lecciones en PDF.</numerusform>
            <numerusform>%n clases. En la carpeta de cada clase: el libro de calificaciones en CSV (UTF-8, se abre en Excel y LibreOffice) y XLSX, el informe de progreso de cada estudiante para todo el curso en un PDF, y cada plan de unidad con sus lecciones en PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>These files hold students&apos; names and grades: keep them private.</source>
        <translation>Estos archivos contienen nombres y calificaciones de estudiantes: manténgalos privados.</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Contenido:</translation>
    </message>
</context>
<context>
    <name>k12::ZipWriter</name>
    <message>
        <source>Cannot write &quot;%1&quot;: the folder %2 does not exist.</source>
        <translation>No se puede escribir «%1»: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot start the zip file &quot;%1&quot;.</source>
        <translation>No se puede empezar el archivo zip «%1».</translation>
    </message>
    <message>
        <source>The zip file is not open.</source>
        <translation>El archivo zip no está abierto.</translation>
    </message>
    <message>
        <source>Cannot add &quot;%1&quot; to &quot;%2&quot; (the disk may be full).</source>
        <translation>No se puede agregar «%1» a «%2» (puede que el disco esté lleno).</translation>
    </message>
    <message>
        <source>Cannot finish &quot;%1&quot; (the disk may be full).</source>
        <translation>No se puede terminar «%1» (puede que el disco esté lleno).</translation>
    </message>
    <message>
        <source>Cannot flush &quot;%1&quot; to disk.</source>
        <translation>No se puede escribir «%1» en el disco.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>K12 Teacher</source>
        <translation>K12 Teacher</translation>
    </message>
    <message>
        <source>K12 Teacher cannot start</source>
        <translation>K12 Teacher no puede iniciarse</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autoridad de certificación</translation>
    </message>
</context>
</TS>
