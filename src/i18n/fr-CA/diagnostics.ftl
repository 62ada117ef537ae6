# Diagnostics de `validate` et du moteur.
