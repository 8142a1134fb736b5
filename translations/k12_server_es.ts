<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>k12::mail</name>
    <message>
        <source>due %1</source>
        <translation>fecha de entrega: %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
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
        <source>Missing</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>%1, missing</source>
        <translation>%1, pendiente</translation>
    </message>
    <message>
        <source>Family portal</source>
        <translation>Portal de familias</translation>
    </message>
    <message>
        <source>%1 invites you to the family portal</source>
        <translation>%1 le invita al portal de familias</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hola, %1:</translation>
    </message>
    <message>
        <source>%1 invites you to the school&apos;s family portal, where you can follow your student&apos;s grades and missing work.</source>
        <translation>%1 le invita al portal de familias de la escuela, donde puede seguir las calificaciones y el trabajo pendiente de su estudiante.</translation>
    </message>
    <message>
        <source>%1 invites you to the school&apos;s family portal, where you can follow the grades and missing work of %2.</source>
        <translation>%1 le invita al portal de familias de la escuela, donde puede seguir las calificaciones y el trabajo pendiente de %2.</translation>
    </message>
    <message>
        <source>Accept the invitation</source>
        <translation>Aceptar la invitación</translation>
    </message>
    <message>
        <source>If the button does not work, open this address:</source>
        <translation>Si el botón no funciona, abra esta dirección:</translation>
    </message>
    <message>
        <source>The link works once, until %1.</source>
        <translation>El enlace funciona una sola vez, hasta el %1.</translation>
    </message>
    <message>
        <source>If you did not expect this email, you can ignore it: nothing happens until the link is used.</source>
        <translation>Si no esperaba este correo, puede ignorarlo: no pasa nada hasta que se use el enlace.</translation>
    </message>
    <message>
        <source>Missing work: %1 in %2</source>
        <translation>Trabajo pendiente: %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n missing assignment(s) in %2:</source>
        <translation>
            <numerusform>%1 tiene %n tarea pendiente en %2:</numerusform>
            <numerusform>%1 tiene %n tareas pendientes en %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by %1, who teaches %2. You can see every grade in the family portal.</source>
        <translation>Enviado por %1, que enseña %2. Puede ver todas las calificaciones en el portal de familias.</translation>
    </message>
    <message>
        <source>Open the family portal</source>
        <translation>Abrir el portal de familias</translation>
    </message>
    <message>
        <source>You receive this email because the school lists you as a guardian of %1.</source>
        <translation>Recibe este correo porque la escuela le tiene registrado como tutor o tutora de %1.</translation>
    </message>
    <message>
        <source>Unsubscribe from these emails</source>
        <translation>Darse de baja de estos correos</translation>
    </message>
    <message>
        <source>Weekly update: %1</source>
        <translation>Resumen semanal: %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Here is what changed since %1.</source>
        <translation>Esto es lo que cambió desde el %1.</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>New and changed grades</source>
        <translation>Calificaciones nuevas y modificadas</translation>
    </message>
    <message>
        <source>Missing work</source>
        <translation>Trabajo pendiente</translation>
    </message>
    <message>
        <source>You receive this weekly update because you turned it on in the family portal&apos;s settings.</source>
        <translation>Recibe este resumen semanal porque lo activó en la configuración del portal de familias.</translation>
    </message>
</context>
<context>
    <name>k12::portal</name>
    <message>
        <source>K12 Family Portal</source>
        <translation>Portal para familias K12</translation>
    </message>
    <message>
        <source>Skip to content</source>
        <translation>Ir al contenido</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to see your students&apos; grades and missing work.</source>
        <translation>Inicie sesión para ver las calificaciones y los trabajos sin entregar de sus estudiantes.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Contraseña actual</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repita la contraseña nueva</translation>
    </message>
    <message>
        <source>At least 10 characters.</source>
        <translation>Al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>The email or password is wrong.</source>
        <translation>El correo electrónico o la contraseña no son correctos.</translation>
    </message>
    <message>
        <source>The password must have at least 10 characters.</source>
        <translation>La contraseña debe tener al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your students</source>
        <translation>Sus estudiantes</translation>
    </message>
    <message>
        <source>No students are linked to this account yet. Ask the teacher for an invitation.</source>
        <translation>Todavía no hay estudiantes vinculados a esta cuenta. Pida una invitación al docente.</translation>
    </message>
    <message>
        <source>No classes yet.</source>
        <translation>Todavía no hay clases.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>Grading period</source>
        <translation>Periodo de calificaciones</translation>
    </message>
    <message>
        <source>Whole course</source>
        <translation>Curso completo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Final grade</source>
        <translation>Calificación final</translation>
    </message>
    <message>
        <source>No grade yet.</source>
        <translation>Todavía no hay calificación.</translation>
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
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Missing work</source>
        <translation>Trabajos sin entregar</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>No hay trabajos sin entregar.</translation>
    </message>
    <message>
        <source>Assignments</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>No published assignments yet.</source>
        <translation>Todavía no hay tareas publicadas.</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Entrega</translation>
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
        <source>Exempt</source>
        <translation>Exento</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Sin calificar</translation>
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
        <source>Teacher&apos;s comment</source>
        <translation>Comentario del docente</translation>
    </message>
    <message>
        <source>Back to your students</source>
        <translation>Volver a sus estudiantes</translation>
    </message>
    <message>
        <source>Accept the invitation</source>
        <translation>Aceptar la invitación</translation>
    </message>
    <message>
        <source>Choose a password for your account:</source>
        <translation>Elija una contraseña para su cuenta:</translation>
    </message>
    <message>
        <source>You already have an account. Sign in to add this student to it:</source>
        <translation>Ya tiene una cuenta. Inicie sesión para añadirle este estudiante:</translation>
    </message>
    <message>
        <source>Set the password and sign in</source>
        <translation>Guardar la contraseña e iniciar sesión</translation>
    </message>
    <message>
        <source>This invitation link cannot be used. It may have been used already or have expired. Ask the teacher for a new invitation.</source>
        <translation>Este enlace de invitación no se puede usar. Puede que ya se haya usado o que haya caducado. Pida una invitación nueva al docente.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Email me a weekly summary of new grades and missing work</source>
        <translation>Enviarme cada semana un resumen de las calificaciones nuevas y los trabajos sin entregar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Your preferences are saved.</source>
        <translation>Sus preferencias se han guardado.</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Página no encontrada</translation>
    </message>
    <message>
        <source>This page does not exist, or this account cannot see it.</source>
        <translation>Esta página no existe o esta cuenta no puede verla.</translation>
    </message>
    <message>
        <source>The form has expired</source>
        <translation>El formulario ha caducado</translation>
    </message>
    <message>
        <source>The form was not accepted: it has expired or did not come from this site. Open the page again and retry.</source>
        <translation>El formulario no se aceptó: ha caducado o no procede de este sitio. Abra la página de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Cancelar la suscripción</translation>
    </message>
    <message>
        <source>Stop the weekly summaries and notices from K12 Teacher to this address.</source>
        <translation>Dejar de recibir en esta dirección los resúmenes semanales y los avisos de K12 Teacher.</translation>
    </message>
    <message>
        <source>You are unsubscribed: no more summaries or notices go to this address.</source>
        <translation>Ha cancelado la suscripción: esta dirección no recibirá más resúmenes ni avisos.</translation>
    </message>
    <message>
        <source>This unsubscribe link is not valid.</source>
        <translation>Este enlace para cancelar la suscripción no es válido.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The server could not answer. Try again in a few minutes.</source>
        <translation>El servidor no pudo responder. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>Demasiados intentos fallidos. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>El servidor está ocupado. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>El servidor está ocupado. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
</TS>
